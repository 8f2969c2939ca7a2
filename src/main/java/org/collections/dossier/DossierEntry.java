package org.collections.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "dossier_entry")
public class DossierEntry {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_ACTOR = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** null for an entry of the customer account itself */
    @Column(name = "invoice_id")
    private Long invoiceId;

    /** set only for an entry of the customer account itself */
    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryType type;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Column(nullable = false, length = MAX_ACTOR)
    private String actor;

    protected DossierEntry() {
    }

    DossierEntry(Long invoiceId, Long customerId, Instant at, EntryType type, String summary, String actor) {
        this.invoiceId = invoiceId;
        this.customerId = customerId;
        this.at = at;
        this.type = type;
        this.summary = summary;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getAt() {
        return at;
    }

    public EntryType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public String getActor() {
        return actor;
    }
}
