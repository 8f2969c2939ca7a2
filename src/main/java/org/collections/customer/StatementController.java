package org.collections.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.collections.letters.PdfRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customer accounts: contact per customer, claim per invoice")
public class StatementController {

    private final AccountStatement statements;
    private final PdfRenderer pdf;

    public StatementController(AccountStatement statements, PdfRenderer pdf) {
        this.statements = statements;
        this.pdf = pdf;
    }

    @Operation(summary = "The customer's statement of account as PDF: every open invoice, what is owed on each, "
            + "and the total per currency, in the customer's language")
    @GetMapping(value = "/{number}/statement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> statement(@PathVariable String number) {
        byte[] document = pdf.render(statements.of(number).html());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"statement.pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(document);
    }
}
