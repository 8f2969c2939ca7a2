package org.collections.process.delegate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.collections.customer.CustomerType;
import org.collections.invoice.DuplicateInvoiceException;
import org.collections.invoice.FieldErrors;
import org.collections.invoice.InvalidInputException;
import org.collections.invoice.Invoice;
import org.collections.invoice.InvoiceService;
import org.collections.invoice.RegisterInvoiceRequest;
import org.collections.process.CaseVariables;
import org.collections.process.task.TaskInput;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterInvoice: a case started from Tasklist's start form registers its invoice like the API does, with
 * the same checks; the form's raw values are removed again once the invoice holds them.
 */
@Component
public class RegisterInvoiceDelegate implements JavaDelegate {

    static final List<String> FORM_FIELDS = List.of("number", "amount", "currency", "issueDate", "dueDate",
            "ongoingWork", "lateFeeAllowed", "customerNumber", "customerName", "customerEmail", "customerPhone", "customerAddress",
            "customerType", "customerLocale", "customerTimeZone", "customerCountry");

    private final InvoiceService invoices;

    public RegisterInvoiceDelegate(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Invoice invoice;
        try {
            invoice = invoices.register(request(execution), actor(execution), false);
        } catch (DuplicateInvoiceException e) {
            throw new FormFieldValidationException("number", "number: " + e.getMessage(), e);
        } catch (InvalidInputException e) {
            // the API's names (customer.name) as the start form's fields (customerName)
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
            throw TaskInput.rejection("The invoice was not registered: ", errors, e);
        }
        execution.removeVariables(FORM_FIELDS);
        CaseVariables.INVOICE_ID.set(execution, invoice.getId());
        CaseVariables.CUSTOMER_NUMBER.set(execution, invoice.getCustomer().getNumber());
        execution.setProcessBusinessKey(invoice.getNumber());
    }

    private static RegisterInvoiceRequest request(DelegateExecution execution) {
        FieldErrors errors = new FieldErrors();
        BigDecimal amount = errors.amount(execution.getVariable("amount"), "amount");
        LocalDate issueDate = errors.date(text(execution, "issueDate"), "issueDate");
        LocalDate dueDate = errors.date(text(execution, "dueDate"), "dueDate");
        String typeValue = text(execution, "customerType");
        // a known customer's type may stay empty; the registration says when a new customer needs one
        CustomerType type = typeValue == null || typeValue.isBlank() ? null
                : errors.oneOf(typeValue, CustomerType.class, "customerType");
        errors.throwIfAny();
        return new RegisterInvoiceRequest(text(execution, "number"), amount, text(execution, "currency"), issueDate,
                dueDate, Boolean.TRUE.equals(execution.getVariable("ongoingWork")), lateFeeAllowed(execution),
                new RegisterInvoiceRequest.CustomerData(text(execution, "customerNumber"),
                        text(execution, "customerName"),
                        text(execution, "customerEmail"), text(execution, "customerPhone"),
                        text(execution, "customerAddress"), type, text(execution, "customerLocale"),
                        text(execution, "customerTimeZone"), text(execution, "customerCountry"), null));
    }

    /** The form's checkbox; a start without it (an older form) leaves it to the policy's default. */
    private static Boolean lateFeeAllowed(DelegateExecution execution) {
        Object value = execution.getVariable("lateFeeAllowed");
        return value instanceof Boolean allowed ? allowed : null;
    }

    private static String formField(String field) {
        if (!field.startsWith("customer.")) {
            return field;
        }
        String name = field.substring("customer.".length());
        return "customer" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static String actor(DelegateExecution execution) {
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "tasklist" : auth.getUserId();
    }
}
