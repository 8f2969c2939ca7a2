package org.collections.bank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import org.collections.invoice.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Validated
@Tag(name = "Bank statements", description = "Import ISO 20022 camt.053 / camt.054 files; payments booked or matched")
public class BankStatementController {

    private final BankStatementService statements;
    private final BankEntryRepository entries;

    public BankStatementController(BankStatementService statements, BankEntryRepository entries) {
        this.statements = statements;
        this.entries = entries;
    }

    @Operation(summary = "Import a camt.053 statement or camt.054 notification (multipart field file); idempotent")
    @PostMapping(path = "/bank-statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportSummary importStatement(@RequestPart(name = "file", required = false) MultipartFile file,
            Principal user) {
        if (file == null) {
            throw InvalidInputException.of("file", "is missing: send the camt.053 or camt.054 file as multipart "
                    + "field file");
        }
        try {
            return statements.importFile(file.getBytes(), user == null ? "api" : user.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payment from the bank as the API shows it. */
    public record EntryView(Long id, String entry, String status, String amount, String bookedOn, String payer,
            String payerIban, String reference, String remittance, String invoice, String customer, String note,
            String decidedBy) {

        static EntryView of(BankEntry e) {
            return new EntryView(e.getId(), e.getEntryKey(), e.getStatus().name(), e.money().toString(),
                    e.getBookedOn().toString(), e.getPayerName(), e.getPayerIban(), e.getReference(),
                    e.getRemittance(), e.getInvoiceNumber(), e.getCustomerNumber(), e.getNote(), e.getDecidedBy());
        }
    }

    @Operation(summary = "Payments from bank statements by status (TO_MATCH: waiting for an agent), oldest first")
    @GetMapping("/bank-statements/payments")
    public List<EntryView> payments(@RequestParam(defaultValue = "TO_MATCH") EntryStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return entries.findByStatusOrderByIdAsc(status, PageRequest.of(page, size)).stream().map(EntryView::of)
                .toList();
    }
}
