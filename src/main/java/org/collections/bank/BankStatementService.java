package org.collections.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collections.invoice.InvalidInputException;
import org.collections.letters.LettersProperties;
import org.iban4j.IbanUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a bank statement: reads and checks the whole file first (nothing is booked from a file with an error), keeps
 * the statement once, then takes each payment in its own transaction, so that one payment's trouble never undoes
 * another's booking and an import cut off half-way is finished by importing the file again.
 */
@Service
public class BankStatementService {

    private static final Logger log = LoggerFactory.getLogger(BankStatementService.class);

    private final CamtReader reader = new CamtReader();
    private final BankStatementRepository statements;
    private final BankEntries entries;
    private final LettersProperties letters;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public BankStatementService(BankStatementRepository statements, BankEntries entries, LettersProperties letters,
            Clock clock, PlatformTransactionManager transactions) {
        this.statements = statements;
        this.entries = entries;
        this.letters = letters;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public ImportSummary importFile(byte[] file, String actor) {
        if (file == null || file.length == 0) {
            throw InvalidInputException.of("file", "is empty: send the camt.053 or camt.054 file as multipart field file");
        }
        StatementFile read = reader.read(file);
        String ours = ourIban();
        for (int r = 0; r < read.reports().size(); r++) {
            StatementFile.Report report = read.reports().get(r);
            if (!ours.equals(report.iban())) {
                throw InvalidInputException.of("Stmt[" + r + "].Acct.Id.IBAN", "is " + report.iban()
                        + ", not the business's account " + ours + " (collections.letters.sender.bank.iban)");
            }
        }
        List<ImportSummary.Line> lines = new ArrayList<>();
        for (StatementFile.Report report : read.reports()) {
            Long statementId = keep(read, report, actor);
            for (StatementFile.Payment payment : report.payments()) {
                lines.add(entries.take(statementId, report, payment, actor));
            }
        }
        ImportSummary summary = new ImportSummary(read.messageType(), read.messageId(), lines.size(),
                count(lines, EntryStatus.BOOKED), count(lines, EntryStatus.TO_MATCH),
                count(lines, EntryStatus.IGNORED), (int) lines.stream().filter(ImportSummary.Line::repeated).count(),
                lines);
        log.info("Bank statement {} {} imported by {}: {} payments, {} booked, {} to match, {} ignored, {} known",
                read.messageType(), read.messageId(), actor, summary.entries(), summary.booked(), summary.toMatch(),
                summary.ignored(), summary.alreadyImported());
        return summary;
    }

    private static int count(List<ImportSummary.Line> lines, EntryStatus status) {
        return (int) lines.stream().filter(l -> !l.repeated() && l.status().equals(status.name())).count();
    }

    /** The statement's row, made once: a second import of the file finds it. */
    private Long keep(StatementFile read, StatementFile.Report report, String actor) {
        String key = report.iban() + ":" + read.messageId() + ":" + report.id();
        try {
            return ownTransaction.execute(status -> statements.findByStatementKey(key)
                    .orElseGet(() -> statements.saveAndFlush(new BankStatement(key, read.messageType(), report.iban(),
                            clock.instant(), actor, report.payments().size())))
                    .getId());
        } catch (DataIntegrityViolationException e) {
            // the same file imported at the same moment
            return statements.findByStatementKey(key).orElseThrow().getId();
        }
    }

    private String ourIban() {
        LettersProperties.Bank bank = letters.sender().bank();
        String iban = bank == null || bank.iban() == null ? "" : bank.iban().replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.isEmpty() || !IbanUtil.isValid(iban)) {
            throw InvalidInputException.of("file", "cannot be checked against the business's account: "
                    + "collections.letters.sender.bank.iban holds no valid IBAN");
        }
        return iban;
    }
}
