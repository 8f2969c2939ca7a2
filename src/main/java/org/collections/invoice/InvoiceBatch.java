package org.collections.invoice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers many invoices at once, as a business moving in does: every row is checked as a single registration is,
 * the valid ones are registered (each at the stage matching its age, as a single registration starts), the invalid
 * ones come back with their field messages and store nothing. Valid rows are stored a chunk per transaction, which is
 * what makes a batch faster than as many calls; a chunk that fails (a number registered meanwhile by another call) is
 * registered again row by row, so one row never costs the others theirs.
 */
@Service
public class InvoiceBatch {

    /** the most rows one call takes */
    public static final int MAX_ROWS = 10_000;
    private static final int CHUNK = 50;
    private static final Logger log = LoggerFactory.getLogger(InvoiceBatch.class);

    private final InvoiceService invoices;
    private final TransactionTemplate chunkTransaction;

    public InvoiceBatch(InvoiceService invoices, PlatformTransactionManager transactions) {
        this.invoices = invoices;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.chunkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public BatchResult register(List<Parsed<RegisterInvoiceRequest>> rows, boolean dryRun, String actor) {
        if (rows == null || rows.isEmpty()) {
            throw InvalidInputException.of("rows", "the batch is empty: send a JSON array or CSV rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("rows", "at most " + MAX_ROWS + " rows per call, not " + rows.size());
        }
        BatchResult.Row[] results = new BatchResult.Row[rows.size()];
        List<Integer> valid = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Parsed<RegisterInvoiceRequest> row = rows.get(i);
            RegisterInvoiceRequest request = row == null ? null : row.value();
            if (request == null) {
                // a row that is not even an object (a number, a list) has its reason under the row's own name
                results[i] = refused(i, null, Map.of("row", row == null ? "is empty"
                        : row.unreadable().getOrDefault("", "is empty")));
                continue;
            }
            if (request.number() != null && !numbers.add(request.number())) {
                results[i] = refused(i, request.number(), Map.of("number", "is in the batch twice"));
                continue;
            }
            String account = request.customer() == null ? null
                    : org.collections.customer.CustomerAccounts.accountNumber(request.customer().number(),
                            request.customer().email());
            try {
                invoices.check(request, row.unreadable(), account != null && accounts.contains(account));
                valid.add(i);
                if (account != null) {
                    accounts.add(account);
                }
                results[i] = new BatchResult.Row(i + 1, request.number(), dryRun ? "VALID" : "REGISTERED", Map.of());
            } catch (InvalidInputException e) {
                results[i] = refused(i, request.number(), e.fieldErrors());
            } catch (DuplicateInvoiceException e) {
                results[i] = refused(i, request.number(), Map.of("number", "is registered already"));
            }
        }
        if (!dryRun) {
            for (int from = 0; from < valid.size(); from += CHUNK) {
                store(rows, valid.subList(from, Math.min(from + CHUNK, valid.size())), results, actor);
            }
        }
        List<BatchResult.Row> list = List.of(results);
        int refused = (int) list.stream().filter(r -> r.status().equals("REFUSED")).count();
        log.info("Batch of {} invoices by {}{}: {} {}, {} refused", rows.size(), actor, dryRun ? " (dry run)" : "",
                rows.size() - refused, dryRun ? "valid" : "registered", refused);
        return new BatchResult(dryRun, rows.size(), rows.size() - refused, refused, list);
    }

    private void store(List<Parsed<RegisterInvoiceRequest>> rows, List<Integer> chunk, BatchResult.Row[] results,
            String actor) {
        try {
            chunkTransaction.executeWithoutResult(status -> chunk.forEach(i ->
                    invoices.register(rows.get(i).value(), rows.get(i).unreadable(), actor)));
        } catch (RuntimeException chunkFailed) {
            log.info("A chunk of {} invoices failed ({}); registering them one by one", chunk.size(),
                    chunkFailed.getMessage());
            for (int i : chunk) {
                try {
                    chunkTransaction.executeWithoutResult(status ->
                            invoices.register(rows.get(i).value(), rows.get(i).unreadable(), actor));
                } catch (InvalidInputException e) {
                    results[i] = refused(i, rows.get(i).value().number(), e.fieldErrors());
                } catch (DuplicateInvoiceException | DataIntegrityViolationException
                        | ConcurrencyFailureException e) {
                    results[i] = refused(i, rows.get(i).value().number(), Map.of("number",
                            "is registered already (by another call meanwhile)"));
                }
            }
        }
    }

    private static BatchResult.Row refused(int index, String number, Map<String, String> errors) {
        return new BatchResult.Row(index + 1, number, "REFUSED", errors);
    }
}
