package org.collections.customer;

import java.util.List;
import org.collections.claim.ClaimService;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.InvoiceStatus;
import org.collections.letters.LetterRenderer;
import org.collections.letters.RenderedLetter;
import org.collections.letters.StatementLine;
import org.collections.policy.SchedulePlanner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement of account on demand: every open invoice of a customer with what is owed on it (each figure from
 * the one calculation of the claim, as of today), the total owed per currency, and any credit the customer has with
 * us, in the customer's language.
 */
@Service
public class AccountStatement {

    private final CustomerAccounts accounts;
    private final InvoiceRepository invoices;
    private final LetterRenderer renderer;
    private final SchedulePlanner planner;
    private final ClaimService claims;
    private final AccountCredits credits;

    public AccountStatement(CustomerAccounts accounts, InvoiceRepository invoices, LetterRenderer renderer,
            SchedulePlanner planner, ClaimService claims, AccountCredits credits) {
        this.credits = credits;
        this.accounts = accounts;
        this.invoices = invoices;
        this.renderer = renderer;
        this.planner = planner;
        this.claims = claims;
    }

    /**
     * The statement as of now, rendered as a letter (HTML for the PDF, and plain text).
     *
     * @throws CustomerNotFoundException when there is no customer with that number
     */
    @Transactional(readOnly = true)
    public RenderedLetter of(String customerNumber) {
        Customer customer = accounts.get(customerNumber);
        List<StatementLine> lines = invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                InvoiceStatus.OPEN).stream()
                .map(i -> new StatementLine(i, planner.daysOverdue(i.getDueDate()), claims.current(i))).toList();
        return renderer.renderStatement(customer, lines, credits.of(customer.getId()), planner.today());
    }
}
