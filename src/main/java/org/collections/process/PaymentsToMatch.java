package org.collections.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.collections.bank.BankEvents;
import org.collections.bank.MatchRequest;
import org.collections.bank.PaymentMatch;
import org.collections.text.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Opens a Match payment task for each payment that could not be booked with certainty, in the same transaction. */
@Component
public class PaymentsToMatch {

    private final RuntimeService runtime;
    private final ObjectMapper json;

    public PaymentsToMatch(RuntimeService runtime, ObjectMapper json) {
        this.runtime = runtime;
        this.json = json;
    }

    @EventListener
    public void paymentToMatch(BankEvents.PaymentToMatch event) {
        List<Map<String, String>> choices = new ArrayList<>();
        event.candidates().forEach(c -> choices.add(choice(c.label(), c.value())));
        choices.add(choice("Another invoice or customer: its number below", MatchRequest.OTHER));
        choices.add(choice("Not ours: not a customer's payment for an invoice", MatchRequest.NOT_OURS));
        // a String variable holds 4,000 characters: a reason naming a hundred invoices is shortened, not a failure;
        // the form renders both as Markdown, and the reason quotes the payer's name as the payer wrote it
        VariableMap variables = Variables.createVariables()
                .putValue(MatchPaymentProcess.PAYMENT_SUMMARY.name(), Texts.fit(event.summary(), Texts.MAX_VARIABLE))
                .putValue(MatchPaymentProcess.MATCH_REASON.name(), Texts.fit(Texts.markdownLiteral(event.why()),
                        Texts.MAX_VARIABLE))
                // Tasklist's columns: who paid, and the invoices it may be for
                .putValue(CaseVariables.CUSTOMER_NAME.name(), event.payer() == null ? "Payer unknown" : event.payer())
                .putValue(CaseVariables.INVOICE_NUMBERS.name(), String.join(", ", event.candidates().stream()
                        .filter(c -> c.value().startsWith(PaymentMatch.Candidate.INVOICE))
                        .map(c -> c.value().substring(PaymentMatch.Candidate.INVOICE.length())).toList()))
                .putValueTyped(MatchPaymentProcess.MATCH_CANDIDATES, SpinValues.jsonValue(write(choices)).create());
        runtime.startProcessInstanceByKey(MatchPaymentProcess.KEY, event.businessKey(), variables);
    }

    private static Map<String, String> choice(String label, String value) {
        Map<String, String> choice = new LinkedHashMap<>();
        choice.put("label", label);
        choice.put("value", value);
        return choice;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
