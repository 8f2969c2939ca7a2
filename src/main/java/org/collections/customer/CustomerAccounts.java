package org.collections.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.collections.dossier.Dossier;
import org.collections.dossier.EntryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer accounts: one per customer number. Registrations open them and keep their contact data current.
 */
@Service
public class CustomerAccounts {

    private static final Logger log = LoggerFactory.getLogger(CustomerAccounts.class);

    private final CustomerRepository customers;
    private final CustomerLocks locks;
    private final Dossier dossier;
    private final TransactionTemplate ownTransaction;

    public CustomerAccounts(CustomerRepository customers, CustomerLocks locks, Dossier dossier,
            PlatformTransactionManager transactions) {
        this.customers = customers;
        this.locks = locks;
        this.dossier = dossier;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The number of the account an invoice belongs to: the customer's number in the invoicing system, or, when the
     * invoicing system has none, the customer's email address in lower case (one address, one account).
     */
    public static String accountNumber(String number, String email) {
        if (number != null && !number.isBlank()) {
            return number.strip();
        }
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public Optional<Customer> find(String number) {
        return customers.findByNumber(number);
    }

    @Transactional(readOnly = true)
    public Customer get(String number) {
        return customers.findByNumber(number).orElseThrow(() -> new CustomerNotFoundException(number));
    }

    /**
     * The account with this number, opened if new, its data replaced by {@code data} where that differs (each
     * change goes into the account's dossier). Runs in the caller's transaction and keeps the account locked until
     * it ends.
     *
     * <p>A new account is inserted in a transaction of its own: when two registrations race for the same new
     * number, the unique number lets one insert and the other finds that row, so both invoices share one account.
     */
    @Transactional
    public Customer enroll(String number, CustomerData data, String context, String actor) {
        Optional<Customer> known = locks.lock(number);
        if (known.isEmpty()) {
            open(number, data, context, actor);
            known = locks.lock(number);
        }
        Customer customer = known.orElseThrow(() -> new IllegalStateException("account " + number + " vanished"));
        List<String> changes = customer.update(data);
        if (!changes.isEmpty()) {
            dossier.recordForAccount(customer.getId(), EntryType.ACCOUNT, "Contact data changed with " + context + ": "
                    + String.join("; ", changes), actor);
            log.info("Customer {}: contact data changed with {}", number, context);
        }
        return customer;
    }

    private void open(String number, CustomerData data, String context, String actor) {
        try {
            ownTransaction.executeWithoutResult(tx -> {
                Customer created = customers.saveAndFlush(new Customer(number, data));
                dossier.recordForAccount(created.getId(), EntryType.ACCOUNT, "Account " + number + " opened for "
                        + data.name() + " with " + context, actor);
            });
            log.info("Opened customer account {}", number);
        } catch (DataIntegrityViolationException e) {
            log.info("Customer account {} was opened by a registration at the same moment; using it", number);
        }
    }
}
