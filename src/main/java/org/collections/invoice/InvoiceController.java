package org.collections.invoice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.collections.claim.ClaimService;
import org.collections.dossier.Dossier;
import org.collections.hold.HoldService;
import org.collections.plan.PaymentPlanService;
import org.collections.policy.SchedulePlanner;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Validated
@Tag(name = "Invoices", description = "Register invoices, report payments and changes, follow cases")
public class InvoiceController {

    private final InvoiceService invoices;
    private final PaymentService payments;
    private final InvoiceBatch batch;
    private final CsvInvoices csvInvoices;
    private final PortfolioService portfolio;
    private final Dossier dossier;
    private final CaseProgress progress;
    private final SchedulePlanner planner;
    private final CreditNoteService creditNotes;
    private final InvoiceChangeService changes;
    private final ClaimService claims;
    private final HoldService holds;
    private final PaymentPlanService plans;

    public InvoiceController(InvoiceService invoices, PaymentService payments, PortfolioService portfolio,
            Dossier dossier, CaseProgress progress, SchedulePlanner planner, CreditNoteService creditNotes,
            InvoiceChangeService changes, ClaimService claims, HoldService holds, InvoiceBatch batch,
            CsvInvoices csvInvoices, PaymentPlanService plans) {
        this.plans = plans;
        this.batch = batch;
        this.csvInvoices = csvInvoices;
        this.holds = holds;
        this.claims = claims;
        this.invoices = invoices;
        this.payments = payments;
        this.creditNotes = creditNotes;
        this.changes = changes;
        this.portfolio = portfolio;
        this.dossier = dossier;
        this.progress = progress;
        this.planner = planner;
    }

    // Bodies are Parsed so that a wrongly typed value is reported with the other bad fields; the API document
    // shows the request they stand for.
    @Operation(summary = "Register an invoice and start its case",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = RegisterInvoiceRequest.class))))
    @PostMapping("/invoices")
    public ResponseEntity<InvoiceView> register(@RequestBody Parsed<RegisterInvoiceRequest> request, Principal user) {
        Invoice invoice = invoices.register(request.value(), request.unreadable(), actor(user));
        return ResponseEntity.created(URI.create("/api/invoices/" + invoice.getNumber())).body(view(invoice));
    }

    @Operation(summary = "Register up to 10,000 invoices at once (a JSON array as for POST /api/invoices, or CSV with a "
            + "header row); valid rows are registered, invalid ones come back with their field messages; dryRun "
            + "checks without storing")
    @PostMapping(path = "/invoices/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    public BatchResult registerBatch(@RequestBody List<Parsed<RegisterInvoiceRequest>> rows,
            @RequestParam(defaultValue = "false") boolean dryRun, Principal user) {
        return batch.register(rows, dryRun, actor(user));
    }

    @Operation(summary = "Register invoices from CSV: columns number, amount, currency, issueDate, dueDate, "
            + "ongoingWork, lateFeeAllowed, customer.number, customer.name, customer.email, customer.phone, "
            + "customer.address, customer.type, customer.locale, customer.timeZone, customer.country")
    @PostMapping(path = "/invoices/batch", consumes = "text/csv")
    public BatchResult registerCsv(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean dryRun,
            Principal user) {
        return batch.register(csvInvoices.read(csv), dryRun, actor(user));
    }

    @Operation(summary = "An invoice with its balance, stage, next step and dossier")
    @GetMapping("/invoices/{number}")
    public InvoiceView get(@PathVariable String number) {
        return view(invoices.get(number));
    }

    @Operation(summary = "The portfolio, filtered by status and aging bucket, with totals per bucket")
    @GetMapping("/invoices")
    public PortfolioView list(@RequestParam(required = false) InvoiceStatus status,
            @RequestParam(required = false) String aging,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return portfolio.portfolio(status, AgingBucket.filter(aging), page, size);
    }

    @Operation(
            summary = "Record a payment; idempotent by reference; an unknown invoice answers 404 and keeps the payment",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = RecordPaymentRequest.class))))
    @PostMapping("/invoices/{number}/payments")
    public ResponseEntity<Object> pay(@PathVariable String number, @RequestBody Parsed<RecordPaymentRequest> request,
            Principal user) {
        PaymentOutcome outcome = payments.record(number, request.value(), request.unreadable(), actor(user));
        PaymentView body = PaymentView.of(outcome);
        if (!outcome.matched()) {
            HttpStatus status = outcome.invoice() == null ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    outcome.payment().getNote() + "; the payment is kept as unmatched");
            problem.setProperty("payment", body);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    @Operation(
            summary = "Book a credit note of the invoicing system; idempotent by reference per invoice; one that leaves "
                    + "nothing to pay ends the case as credited",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CreditNoteRequest.class))))
    @PostMapping("/invoices/{number}/credit-notes")
    public ResponseEntity<CreditNoteView> credit(@PathVariable String number,
            @RequestBody Parsed<CreditNoteRequest> request, Principal user) {
        CreditNoteService.Outcome outcome = creditNotes.record(number, request.value(), request.unreadable(),
                actor(user));
        return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(CreditNoteView.of(number, outcome.note()));
    }

    @Operation(
            summary = "Cancel the invoice: the case ends as cancelled and the customer is told; a repeat answers the "
                    + "same",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CancellationRequest.class))))
    @PostMapping("/invoices/{number}/cancellation")
    public CancellationView cancel(@PathVariable String number, @RequestBody Parsed<CancellationRequest> request,
            Principal user) {
        return changes.cancel(number, request.value(), request.unreadable(), actor(user));
    }

    @Operation(
            summary = "Move the due date: a case on the dunning ladder re-plans its stages from it",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = DueDateRequest.class))))
    @PutMapping("/invoices/{number}/due-date")
    public InvoiceView changeDueDate(@PathVariable String number, @RequestBody Parsed<DueDateRequest> request,
            Principal user) {
        changes.changeDueDate(number, request.value(), request.unreadable(), actor(user));
        return view(invoices.get(number));
    }

    @Operation(summary = "Payments that could not be booked on an invoice, oldest first, a page at a time")
    @GetMapping("/payments/unmatched")
    public List<PaymentView> unmatched(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return payments.unmatched(page, size).stream().map(p -> PaymentView.of(new PaymentOutcome(p, null, false)))
                .toList();
    }

    private InvoiceView view(Invoice invoice) {
        return InvoiceView.of(invoice, claims.currentOf(invoice.getId()), planner.daysOverdue(invoice.getDueDate()),
                invoice.isOpen() ? progress.nextStep(invoice.getNumber()).orElse(null) : null, planner.zone(),
                dossier.of(invoice.getId()), holds.current(invoice.getId()).orElse(null),
                plans.viewOf(invoice.getId()).orElse(null));
    }

    static String actor(Principal user) {
        return user == null ? "api" : user.getName();
    }
}
