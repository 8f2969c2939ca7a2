package org.collections.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Locks a customer's row and reads it afresh. A locking query alone would hand back an entity this transaction had
 * loaded before the lock (with an invoice, say), with the state it had then; what is decided under the lock (open
 * a contact case or join it) must see what the previous holder of the lock wrote.
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
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new IllegalStateException("no customer #" + customerId));
        entities.refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        return customer;
    }

    public Optional<Customer> lock(String number) {
        Optional<Customer> customer = customers.findByNumber(number);
        customer.ifPresent(c -> entities.refresh(c, LockModeType.PESSIMISTIC_WRITE));
        return customer;
    }
}
