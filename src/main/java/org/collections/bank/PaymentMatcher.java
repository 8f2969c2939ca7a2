package org.collections.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collections.claim.ClaimService;
import org.collections.customer.Customer;
import org.collections.customer.CustomerRepository;
import org.collections.invoice.CreditorReference;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceRepository;
import org.collections.invoice.Money;
import org.collections.text.InputLimits;
import org.collections.text.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds where a payment from the bank belongs, in the order of certainty: the structured (RF) reference of an invoice
 * or account; else the invoice numbers written in the remittance text; else, when exactly one open invoice or customer
 * account fits the amount and the payer's name, that one. Anything less certain is left to an agent, with the likely
 * candidates.
 */
@Component
public class PaymentMatcher {

    private static final int MAX_CANDIDATES = 8;
    private static final int MAX_WORDS = 200;
    private static final org.collections.letters.LetterFormat LABELS = org.collections.letters.LetterFormat.of(
            java.util.Locale.ENGLISH);

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final ClaimService claims;

    public PaymentMatcher(InvoiceRepository invoices, CustomerRepository customers, ClaimService claims) {
        this.invoices = invoices;
        this.customers = customers;
        this.claims = claims;
    }

    @Transactional(readOnly = true)
    public PaymentMatch match(Money amount, String reference, String remittance, String payerName) {
        Optional<PaymentMatch> byReference = byReference(amount, reference, remittance);
        if (byReference.isPresent()) {
            return byReference.get();
        }
        Set<String> words = words(reference, remittance);
        List<Invoice> named = words.isEmpty() ? List.of() : invoices.findByNumberIn(words);
        if (!named.isEmpty()) {
            return byInvoiceNumbers(amount, named);
        }
        return byAmountAndPayer(amount, payerName, unknown(reference));
    }

    /** What the agent is told of a structured reference that named nothing: null when there was none. */
    private static String unknown(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String shown = Texts.fit(reference.strip(), 40);
        return CreditorReference.isWellFormed(reference) ? "payment reference " + shown + " names no invoice or "
                + "account of ours" : "payment reference " + shown + " is no valid RF creditor reference (a typing "
                + "error, or a reference of another business)";
    }

    /**
     * The likely targets of a payment reported for an invoice that does not exist (a typo in the number, a number
     * from another system): open invoices of exactly that amount.
     */
    @Transactional(readOnly = true)
    public List<PaymentMatch.Candidate> candidatesByAmount(Money amount) {
        return invoices.findFirst8ByStatusAndCurrencyAndAmountOrderByDueDateAscNumberAsc(
                org.collections.invoice.InvoiceStatus.OPEN, amount.currency().getCurrencyCode(), amount.amount())
                .stream().map(this::candidate).toList();
    }

    private Optional<PaymentMatch> byReference(Money amount, String reference, String remittance) {
        Set<String> tokens = new LinkedHashSet<>();
        if (reference != null) {
            tokens.add(reference);
        }
        tokens.addAll(words(null, remittance));
        // a reference printed in groups of four and typed into the free text: "RF47 1000 0004 2"
        if (remittance != null) {
            java.util.regex.Matcher printed = java.util.regex.Pattern
                    .compile("(?i)RF\\s?[0-9]{2}(\\s?[0-9A-Z]{1,4}){1,6}").matcher(remittance);
            while (printed.find()) {
                tokens.add(printed.group());
            }
        }
        for (String token : tokens) {
            Optional<CreditorReference> parsed = CreditorReference.parse(token);
            if (parsed.isEmpty()) {
                continue;
            }
            CreditorReference found = parsed.get();
            if (found.kind() == CreditorReference.Kind.INVOICE) {
                Optional<Invoice> invoice = invoices.findById(found.id());
                if (invoice.isPresent()) {
                    return Optional.of(onInvoice(amount, invoice.get(), "by its payment reference " + found));
                }
            } else {
                Optional<Customer> customer = customers.findById(found.id());
                if (customer.isPresent()) {
                    return Optional.of(new PaymentMatch.OnAccount(customer.get().getNumber(), List.of(),
                            "by the account's payment reference " + found));
                }
            }
        }
        return Optional.empty();
    }

    private PaymentMatch onInvoice(Money amount, Invoice invoice, String why) {
        if (!invoice.currency().equals(amount.currency())) {
            return new PaymentMatch.Unsure("names invoice " + invoice.getNumber() + ", which is in "
                    + invoice.currency() + ", not " + amount.currency(), List.of(candidate(invoice)));
        }
        return new PaymentMatch.OnInvoice(invoice.getNumber(), invoice.getCustomer().getNumber(), why);
    }

    /**
     * One invoice named: booked on it (a partial payment too). Several of one customer whose balances the amount pays
     * exactly: booked on each. Anything else is for an agent.
     */
    private PaymentMatch byInvoiceNumbers(Money amount, List<Invoice> named) {
        List<Invoice> sorted = named.stream().sorted(Comparator.comparing(Invoice::getNumber)).toList();
        if (sorted.size() == 1) {
            return onInvoice(amount, sorted.get(0), "by invoice number " + sorted.get(0).getNumber()
                    + " in the remittance text");
        }
        String numbers = String.join(", ", sorted.stream().map(Invoice::getNumber).toList());
        boolean oneCustomer = sorted.stream().map(i -> i.getCustomer().getId()).distinct().count() == 1;
        if (oneCustomer && sorted.stream().allMatch(i -> i.isOpen() && i.currency().equals(amount.currency()))) {
            List<PaymentMatch.Allocation> allocations = new ArrayList<>();
            Money total = Money.zero(amount.currency());
            for (Invoice invoice : sorted) {
                Money owed = claims.balance(invoice);
                allocations.add(new PaymentMatch.Allocation(invoice.getNumber(), owed.amount()));
                total = total.plus(owed);
            }
            if (total.equals(amount)) {
                return new PaymentMatch.OnAccount(sorted.get(0).getCustomer().getNumber(), allocations,
                        "by invoice numbers " + numbers + " in the remittance text, which it pays in full");
            }
        }
        return new PaymentMatch.Unsure("names invoices " + numbers + " but does not pay exactly what they owe",
                sorted.stream().limit(MAX_CANDIDATES).map(this::candidate).toList());
    }

    private PaymentMatch byAmountAndPayer(Money amount, String payerName, String unknownReference) {
        Map<String, PaymentMatch> fits = new LinkedHashMap<>();
        List<PaymentMatch.Candidate> candidates = new ArrayList<>();
        for (Customer customer : payers(payerName)) {
            List<Invoice> open = invoices.findByCustomerIdAndStatusOrderByDueDateAscNumberAsc(customer.getId(),
                    org.collections.invoice.InvoiceStatus.OPEN).stream()
                    .filter(i -> i.currency().equals(amount.currency())).toList();
            Money total = Money.zero(amount.currency());
            for (Invoice invoice : open) {
                Money owed = claims.balance(invoice);
                total = total.plus(owed);
                candidates.add(candidate(invoice));
                if (owed.equals(amount) || invoice.amount().equals(amount)) {
                    fits.put("I" + invoice.getNumber(), new PaymentMatch.OnInvoice(invoice.getNumber(),
                            customer.getNumber(), "by amount " + amount + " and the payer's name " + payerName));
                }
            }
            if (open.size() > 1 && total.equals(amount)) {
                fits.put("A" + customer.getNumber(), new PaymentMatch.OnAccount(customer.getNumber(), List.of(),
                        "by amount " + amount + " (all that account " + customer.getNumber()
                                + " owes) and the payer's name " + payerName));
                candidates.add(0, new PaymentMatch.Candidate(PaymentMatch.Candidate.ACCOUNT + customer.getNumber(),
                        "Account " + customer.getNumber() + " · " + LABELS.money(total) + " owed on all its invoices · "
                                + customer.getName()));
            }
        }
        if (fits.size() == 1) {
            return fits.values().iterator().next();
        }
        String why = payerName == null ? (unknownReference == null
                        ? "no payment reference, invoice number or payer's name"
                        : unknownReference + "; no invoice number or payer's name")
                : fits.isEmpty() ? (unknownReference == null ? "no payment reference or invoice number"
                        : unknownReference + "; no invoice number") + ", and no open invoice of "
                        + (candidates.isEmpty() ? "a customer named like " + payerName : payerName) + " fits " + amount
                : fits.size() + " open invoices or accounts of customers named like " + payerName + " fit " + amount;
        return new PaymentMatch.Unsure(why, candidates.stream().distinct().limit(MAX_CANDIDATES).toList());
    }

    private List<Customer> payers(String payerName) {
        return PayerNames.longestWord(payerName)
                .map(word -> customers.findFirst50ByNameContainingIgnoreCaseOrderByIdAsc(word).stream()
                        .filter(c -> PayerNames.fit(payerName, c.getName())).toList())
                .orElse(List.of());
    }

    /** As the agent reads it: the number and what it owes first, then its due date and customer. */
    PaymentMatch.Candidate candidate(Invoice invoice) {
        String state = invoice.isOpen() ? LABELS.money(claims.balance(invoice)) + " owed"
                : invoice.getStatus().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new PaymentMatch.Candidate(PaymentMatch.Candidate.INVOICE + invoice.getNumber(), "Invoice "
                + invoice.getNumber() + " · " + state + " · due " + invoice.getDueDate() + " · "
                + invoice.getCustomer().getName());
    }

    /** The words of the texts that could be invoice numbers or references, at most so many. */
    private static Set<String> words(String reference, String remittance) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : new String[] {reference, remittance}) {
            if (text == null) {
                continue;
            }
            for (String word : text.split("[\\s,;:()\\[\\]]+")) {
                String trimmed = word.replaceAll("^[#.'\"]+|[.'\"]+$", "");
                if (!trimmed.isEmpty() && trimmed.length() <= InputLimits.INVOICE_NUMBER && words.size() < MAX_WORDS) {
                    words.add(trimmed);
                }
            }
        }
        return words;
    }
}
