package org.collections.claim;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.collections.policy.CollectionPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up in which currencies the policy charges a late fee: an invoice in any other currency gets none,
 * which nobody should find out from a customer's letter.
 */
@Component
public class LateFeeCurrenciesCheck {

    private static final Logger log = LoggerFactory.getLogger(LateFeeCurrenciesCheck.class);

    private final CollectionPolicy policy;

    public LateFeeCurrenciesCheck(CollectionPolicy policy) {
        this.policy = policy;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void tell() {
        log.info(summary());
    }

    String summary() {
        Map<String, String> charged = new TreeMap<>();
        policy.lateFee().amounts().forEach((currency, amount) -> {
            if (amount.signum() > 0) {
                charged.put(currency, amount.toPlainString());
            }
        });
        if (charged.isEmpty()) {
            return "Late fees: none in any currency (collections.policy.late-fee.amounts is empty)";
        }
        return "Late fees: " + charged.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + " every " + policy.lateFee().every() + ", at most "
                + policy.lateFee().maxCharges() + "; invoices in any other currency get no late fee "
                + "(collections.policy.late-fee.amounts)";
    }
}
