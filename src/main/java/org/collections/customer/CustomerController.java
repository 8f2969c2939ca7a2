package org.collections.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.collections.invoice.AgingBucket;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Validated
@Tag(name = "Customers", description = "Customer accounts: contact per customer, claim per invoice")
public class CustomerController {

    private final AccountService accounts;

    public CustomerController(AccountService accounts) {
        this.accounts = accounts;
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
        return accounts.portfolio(aging == null ? null : AgingBucket.of(aging), AccountSort.of(sort), page, size);
    }
}
