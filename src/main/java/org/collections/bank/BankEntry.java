package org.collections.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.collections.invoice.Money;

/** One payment reported by the bank, kept once per account and bank reference, and what became of it. */
@Entity
@Table(name = "bank_entry")
public class BankEntry {

    static final int NOTE = 1000;
    static final String CASE_PREFIX = "BANK-";
    static final int REMITTANCE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_key", nullable = false, unique = true)
    private String entryKey;

    @Column(name = "statement_id", nullable = false)
    private Long statementId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean credit;

    @Column(name = "booked_on", nullable = false)
    private LocalDate bookedOn;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_iban")
    private String payerIban;

    private String reference;

    private String remittance;

    @Column(name = "end_to_end_id")
    private String endToEndId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryStatus status;

    @Column(nullable = false)
    private String note;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "customer_number")
    private String customerNumber;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected BankEntry() {
    }

    BankEntry(String entryKey, Long statementId, StatementFile.Payment payment) {
        this.entryKey = entryKey;
        this.statementId = statementId;
        this.amount = payment.amount();
        this.currency = payment.currency();
        this.credit = payment.credit();
        this.bookedOn = payment.bookedOn();
        this.payerName = cut(payment.payerName(), 140);
        this.payerIban = cut(payment.payerIban(), 34);
        this.reference = cut(payment.reference(), 35);
        this.remittance = cut(payment.remittance(), REMITTANCE);
        this.endToEndId = cut(payment.endToEndId(), 35);
        this.status = EntryStatus.TO_MATCH;
        this.note = "";
    }

    void ignore(String why) {
        this.status = EntryStatus.IGNORED;
        this.note = cut(why, NOTE);
    }

    void waitForMatch(String why) {
        this.status = EntryStatus.TO_MATCH;
        this.note = cut(why, NOTE);
    }

    void bookedOnInvoice(String invoice, String customer, String why, String actor, Instant at) {
        decide(EntryStatus.BOOKED, why, actor, at);
        this.invoiceNumber = invoice;
        this.customerNumber = customer;
    }

    void bookedOnAccount(String customer, String why, String actor, Instant at) {
        decide(EntryStatus.BOOKED, why, actor, at);
        this.customerNumber = customer;
    }

    void notOurs(String why, String actor, Instant at) {
        decide(EntryStatus.NOT_OURS, why, actor, at);
    }

    private void decide(EntryStatus outcome, String why, String actor, Instant at) {
        this.status = outcome;
        this.note = cut(why, NOTE);
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    /**
     * The reference the booking uses: the same on every retry, and written as no invoicing system writes its own
     * (a colon), so that it never meets a reference reported through the API.
     */
    public String paymentReference() {
        return "bank:" + id;
    }

    /** The business key of its Match payment case. */
    public String caseKey() {
        return CASE_PREFIX + id;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getEntryKey() {
        return entryKey;
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public boolean isCredit() {
        return credit;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getPayerIban() {
        return payerIban;
    }

    public String getReference() {
        return reference;
    }

    public String getRemittance() {
        return remittance;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
