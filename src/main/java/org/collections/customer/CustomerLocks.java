package org.collections.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Locks a customer's row and reads it afresh. A locking query alone would hand back an entity this transaction had
 * loaded before the lock (with an invoice, say), with the state it had then; and Hibernate locks an entity with
 * eagerly fetched contacts only after reading it ("follow-on locking" on PostgreSQL), again reading before the lock.
 * What is decided under the lock (open a contact case or join it) must see what the previous holder wrote: so the
 * row is locked first with a plain {@code select ... for update}, and only then read.
 *
 * <p>The locking query needs nothing of this transaction flushed (it reads an id that accounts are opened with in a
 * transaction of their own); Hibernate's flush before a native query made each row of a batch check every entity
 * the batch had loaded.
 */
@Component
public class CustomerLocks {

    private final EntityManager entities;
    private final CustomerRepository customers;

    public CustomerLocks(EntityManager entities, CustomerRepository customers) {
        this.entities = entities;
        this.customers = customers;
    }

    public Customer lock(Long customerId) {
        List<?> locked = entities.createNativeQuery("select id from customer where id = ?1 for update")
                .setParameter(1, customerId).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (locked.isEmpty()) {
            throw new IllegalStateException("no customer #" + customerId);
        }
        return read(customerId);
    }

    /** The locked row, read afresh: this transaction may have loaded it before the lock. */
    private Customer read(Long customerId) {
        Customer customer = customers.findById(customerId).orElseThrow();
        entities.refresh(customer);
        return customer;
    }

    public Optional<Customer> lock(String number) {
        List<?> locked = entities.createNativeQuery("select id from customer where number = ?1 for update")
                .setParameter(1, number).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(((Number) locked.get(0)).longValue()));
    }
}
