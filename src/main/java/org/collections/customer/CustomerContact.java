package org.collections.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone else to reach at the customer: accounts payable, the office, a manager. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String name;

    private String phone;
    private String email;

    protected CustomerContact() {
    }

    CustomerContact(Customer customer, int position, ContactData data) {
        this.customer = customer;
        this.position = position;
        this.role = data.role();
        this.name = data.name();
        this.phone = data.phone();
        this.email = data.email();
    }

    ContactData data() {
        return new ContactData(role, name, phone, email);
    }
}
