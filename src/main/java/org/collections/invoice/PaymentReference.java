package org.collections.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A payment reference and the kind of payment that used it. One row per reference, so that a reference names one
 * payment, whether it paid an invoice or a customer account (whose booking leaves a payment row on each invoice).
 */
@Entity
@Table(name = "payment_reference")
public class PaymentReference {

    public enum Kind {
        /** {@code POST /api/invoices/{number}/payments} */
        INVOICE,
        /** {@code POST /api/customers/{number}/payments} */
        ACCOUNT
    }

    @Id
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected PaymentReference() {
    }

    public String getReference() {
        return reference;
    }

    public Kind getKind() {
        return kind;
    }
}
