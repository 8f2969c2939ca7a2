package org.collections.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A camt.053 statement or camt.054 notification of one account, kept once (by account, message and report id). */
@Entity
@Table(name = "bank_statement")
public class BankStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_key", nullable = false, unique = true)
    private String statementKey;

    @Column(name = "message_type", nullable = false)
    private String messageType;

    @Column(name = "account_iban", nullable = false)
    private String accountIban;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(nullable = false)
    private int payments;

    protected BankStatement() {
    }

    BankStatement(String statementKey, String messageType, String accountIban, Instant importedAt, String importedBy,
            int payments) {
        this.statementKey = statementKey;
        this.messageType = messageType;
        this.accountIban = accountIban;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.payments = payments;
    }

    public Long getId() {
        return id;
    }

    public String getStatementKey() {
        return statementKey;
    }
}
