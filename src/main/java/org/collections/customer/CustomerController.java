package org.collections.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import org.collections.invoice.AgingBucket;
import org.collections.invoice.Parsed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Validated
@Tag(name = "Customers", description = "Customer accounts: contact per customer, claim per invoice")
public class CustomerController {

    private final AccountService accounts;
    private final AccountPaymentService payments;

    public CustomerController(AccountService accounts, AccountPaymentService payments) {
        this.accounts = accounts;
        this.payments = payments;
    }

    @Operation(summary = "A customer account: contacts, invoices, balance, aging, open tasks, promises and dossier")
    @GetMapping("/{number}")
    public AccountView get(@PathVariable String number) {
        return accounts.account(number);
    }

    @Operation(summary = "The portfolio by customer, filtered by aging bucket, sorted atRisk, balance or number")
    @GetMapping
    public AccountPortfolioView list(@RequestParam(required = false) String aging,
            @RequestParam(defaultValue = "atRisk") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return accounts.portfolio(AgingBucket.filter(aging), AccountSort.of(sort), page, size);
    }

    // The body is Parsed so that a wrongly typed value is reported with the other bad fields; the API document shows
    // the request it stands for.
    @Operation(summary = "Record a payment to the account: booked on its open invoices, oldest due date first, or as "
            + "allocated; the rest is credit on the account. Idempotent by reference (201 new, 200 repeat)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = AccountPaymentRequest.class))))
    @PostMapping("/{number}/payments")
    public ResponseEntity<AccountPaymentView> pay(@PathVariable String number,
            @RequestBody Parsed<AccountPaymentRequest> request, Principal user) {
        AccountPaymentOutcome outcome = payments.pay(number, request.value(), request.unreadable(),
                user == null ? "api" : user.getName());
        return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome.payment());
    }
}
