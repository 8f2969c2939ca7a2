package org.collections.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.collections.invoice.CaseFacts;
import org.collections.invoice.InvoiceService;
import org.springframework.stereotype.Component;

/**
 * The variables that let a manager find a case in Cockpit by invoice, customer and amount. Cockpit's search compares
 * plain strings and numbers only, so the amounts are numbers here; the exact money stays in the invoice's table, and
 * no step reads these copies (steps find their invoice through the business key).
 *
 * <p>Only a value that changed is written. The engine writes a variable set to its own value again too, with a new
 * revision, and a step of the case running at that moment then fails on its optimistic lock: a credit note agreed in
 * 'Resolve dispute' made 'Send dispute outcome' fail once and wait five minutes for its retry, because the refresh
 * after the booking and the step's return to the ladder both wrote the same values.
 */
@Component
public class CaseSearchVariables {

    private final InvoiceService invoices;

    public CaseSearchVariables(InvoiceService invoices) {
        this.invoices = invoices;
    }

    private static final List<String> NAMES = List.of(CaseVariables.INVOICE_NUMBER.name(),
            CaseVariables.CUSTOMER_NUMBER.name(), CaseVariables.CUSTOMER_NAME.name(), CaseVariables.AMOUNT.name(),
            CaseVariables.BALANCE.name(), CaseVariables.CURRENCY.name());

    /** Brings a case's search variables up to date from within one of its steps. */
    public void refresh(VariableScope processInstance, long invoiceId) {
        Map<String, Object> held = new LinkedHashMap<>();
        NAMES.forEach(name -> held.put(name, processInstance.getVariable(name)));
        processInstance.setVariables(changed(held, invoiceId));
    }

    /** Those of the case's search variables that differ from the values the case holds ({@code held}). */
    public Map<String, Object> changed(Map<String, Object> held, long invoiceId) {
        Map<String, Object> changed = of(invoiceId);
        changed.entrySet().removeIf(variable -> Objects.equals(held.get(variable.getKey()), variable.getValue()));
        return changed;
    }

    /** The names of the search variables, to read what a case holds. */
    public List<String> names() {
        return NAMES;
    }

    /** The case's search variables as they are now. */
    Map<String, Object> of(long invoiceId) {
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
