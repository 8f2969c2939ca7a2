package org.collections.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.collections.calendar.ContactHours;
import org.collections.invoice.CreditorReference;

/**
 * A customer account: the debtor of one or more invoices, known by its number in the invoicing system. Who to
 * write to, call and, if it comes to that, sue.
 */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false)
    private String name;

    private String email;
    private String phone;
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerType type;

    @Column(nullable = false)
    private String locale;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String country;

    @OneToMany(mappedBy = "customer", fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CustomerContact> contacts = new ArrayList<>();

    /** whether the customer's contact case runs: set and cleared only with the row locked */
    @Column(name = "contact_open", nullable = false)
    private boolean contactOpen;

    /** since when the delivery team has stopped work for the customer; null while work goes on */
    @Column(name = "work_stopped_at")
    private Instant workStoppedAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String number, CustomerData data) {
        this.number = number;
        apply(data);
    }

    /**
     * Takes the data of a later registration; answers what changed, in words for the account's dossier, or an
     * empty list when nothing did.
     */
    public List<String> update(CustomerData data) {
        List<String> changes = new ArrayList<>();
        compare(changes, "name", name, data.name());
        compare(changes, "email", email, data.email());
        compare(changes, "phone", phone, data.phone());
        compare(changes, "address", address, data.address());
        compare(changes, "type", type, data.type());
        compare(changes, "language", locale, data.locale());
        compare(changes, "time zone", timeZone, data.timeZone());
        compare(changes, "country", country, data.country());
        if (data.contacts() != null && !data.contacts().equals(contactData())) {
            changes.add("contacts now " + (data.contacts().isEmpty() ? "none besides the main contact"
                    : String.join("; ", data.contacts().stream().map(ContactData::describe).toList())));
        }
        if (!changes.isEmpty()) {
            apply(data);
        }
        return changes;
    }

    private void apply(CustomerData data) {
        this.name = data.name();
        this.email = data.email();
        this.phone = data.phone();
        this.address = data.address();
        this.type = data.type();
        this.locale = data.locale();
        this.timeZone = data.timeZone();
        this.country = data.country();
        if (data.contacts() != null && !data.contacts().equals(contactData())) {
            contacts.clear();
            int position = 1;
            for (ContactData c : data.contacts()) {
                contacts.add(new CustomerContact(this, position++, c));
            }
        }
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " " + (before == null ? "(none)" : before) + " → " + (after == null ? "(none)" : after));
        }
    }

    /** The stored data, as a registration would give it. */
    public CustomerData data() {
        return new CustomerData(name, email, phone, address, type, locale, timeZone, country, contactData());
    }

    private List<ContactData> contactData() {
        return contacts.stream().map(CustomerContact::data).toList();
    }

    /**
     * Everyone to reach, the main contact first: the customer as registered, then the other contacts in the order
     * given.
     */
    public List<ContactData> reachableContacts() {
        List<ContactData> all = new ArrayList<>();
        all.add(new ContactData(ContactData.MAIN, name, phone, email));
        all.addAll(contactData());
        return all;
    }

    /** Marks the contact case open; answers whether it was closed, i.e. whether the caller must start it. */
    public boolean openContact() {
        boolean wasClosed = !contactOpen;
        contactOpen = true;
        return wasClosed;
    }

    public void closeContact() {
        contactOpen = false;
    }

    public boolean isContactOpen() {
        return contactOpen;
    }

    public void stopWork(Instant at) {
        workStoppedAt = at;
    }

    public void resumeWork() {
        workStoppedAt = null;
    }

    public Instant getWorkStoppedAt() {
        return workStoppedAt;
    }

    /** The structured (RF) reference a payment to the whole account is made with. */
    public CreditorReference paymentReference() {
        return CreditorReference.account(id);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public CustomerType getType() {
        return type;
    }

    public String getLocale() {
        return locale;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** The customer's own time zone and country, in which every contact is planned; the business's zone if unknown. */
    public ContactHours hours(ZoneId businessZone) {
        return new ContactHours(timeZone == null || timeZone.isBlank() ? businessZone : ZoneId.of(timeZone), country);
    }

    public String getCountry() {
        return country;
    }
}
