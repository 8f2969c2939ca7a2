package org.collections.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.collections.invoice.CaseFacts;
import org.collections.invoice.InvoiceService;
import org.springframework.stereotype.Component;

/**
 * The variables that let a manager find a case in Cockpit by invoice, customer and amount. Cockpit's search compares
 * plain strings and numbers only, so the amounts are numbers here; the exact money stays in the invoice's table, and
 * no step reads these copies (steps find their invoice through the business key).
 */
@Component
public class CaseSearchVariables {

    private final InvoiceService invoices;

    public CaseSearchVariables(InvoiceService invoices) {
        this.invoices = invoices;
    }

    /** The case's search variables as they are now. */
    public Map<String, Object> of(long invoiceId) {
        CaseFacts facts = invoices.caseFacts(invoiceId);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(CaseVariables.INVOICE_NUMBER.name(), facts.invoiceNumber());
        v.put(CaseVariables.CUSTOMER_NUMBER.name(), facts.customerNumber());
        v.put(CaseVariables.CUSTOMER_NAME.name(), facts.customerName());
        v.put(CaseVariables.AMOUNT.name(), facts.amount().amount().doubleValue());
        v.put(CaseVariables.BALANCE.name(), facts.balance().amount().doubleValue());
        v.put(CaseVariables.CURRENCY.name(), facts.amount().currency().getCurrencyCode());
        return v;
    }
}
