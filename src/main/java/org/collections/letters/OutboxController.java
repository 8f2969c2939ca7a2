package org.collections.letters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.collections.invoice.InvoiceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Validated
@RequestMapping("/api")
@Tag(name = "Outbox", description = "Messages waiting to be sent or posted, and those already sent")
public class OutboxController {

    private final OutboxRepository outbox;
    private final LetterService letters;
    private final InvoiceService invoices;
    private final PdfRenderer pdf;
    private final Clock clock;

    public OutboxController(OutboxRepository outbox, LetterService letters, InvoiceService invoices, PdfRenderer pdf,
            Clock clock) {
        this.outbox = outbox;
        this.letters = letters;
        this.invoices = invoices;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * A message as the API shows it. {@code invoiceId} is the invoice whose step made it; {@code invoices} the
     * numbers of every invoice it covers (several when one letter went out for more invoices of the customer);
     * {@code notBefore} when an email is held back to the customer's contact hours or the weekly limit.
     */
    public record MessageView(Long id, Long invoiceId, List<String> invoices, String stepKey, Channel channel,
            LetterType letterType, String recipient, String subject, String locale, OutboxStatus status,
            int attempts, String lastError, Instant createdAt, Instant notBefore, Instant sentAt) {

        static MessageView of(OutboxMessage m, List<String> invoices) {
            return new MessageView(m.getId(), m.getInvoiceId(), invoices, m.getStepKey(), m.getChannel(),
                    m.getLetterType(), m.getRecipient(), m.getSubject(), m.getLocale(), m.getStatus(), m.getAttempts(),
                    m.getLastError(), m.getCreatedAt(), m.getNotBefore(), m.getSentAt());
        }
    }

    private List<MessageView> views(List<OutboxMessage> messages) {
        Map<Long, List<String>> numbers = letters.invoiceNumbers(messages);
        return messages.stream().map(m -> MessageView.of(m, numbers.get(m.getId()))).toList();
    }

    @Operation(summary = "The outbox, by status (PENDING, SENT, TO_POST, POSTED, ...), oldest first, a page at a time")
    @GetMapping("/outbox")
    public List<MessageView> list(@RequestParam(defaultValue = "PENDING") OutboxStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return views(outbox.findByStatusOrderByIdAsc(status, PageRequest.of(page, size)));
    }

    @Operation(summary = "Every message of one case, including letters that covered it with other invoices of the customer")
    @GetMapping("/invoices/{number}/messages")
    public List<MessageView> ofInvoice(@PathVariable String number) {
        return views(outbox.findCovering(invoices.get(number).getId()));
    }

    @Operation(summary = "A message as the customer sees it, as PDF (for printing letters meant for post)")
    @GetMapping(value = "/outbox/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> pdf(@PathVariable Long id) {
        OutboxMessage message = find(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"letter-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(message.getBodyHtml()));
    }

    @Operation(summary = "Confirm that a letter for post was printed and posted")
    @PostMapping("/outbox/{id}/posted")
    @Transactional
    public MessageView posted(@PathVariable Long id, java.security.Principal user) {
        OutboxMessage message = find(id);
        if (message.getStatus() == OutboxStatus.TO_POST) {
            message.posted(clock.instant());
            outbox.save(message);
            letters.recordInDossiers(message, "\"" + message.getSubject() + "\" posted",
                    user == null ? "api" : user.getName());
        } else if (message.getStatus() != OutboxStatus.POSTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "message " + id + " is not a letter for post");
        }
        return views(List.of(message)).get(0);
    }

    private OutboxMessage find(Long id) {
        return outbox.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no outbox message " + id));
    }
}
