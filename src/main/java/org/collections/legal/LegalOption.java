package org.collections.legal;

import java.math.BigDecimal;
import org.collections.invoice.Money;

/**
 * One row of a claim's legal options: whether the rules allow it and why (or why not), what it costs (the fee or
 * discount when it is a share of the claim), its chance of success in percent ({@code null} for writing off) and the
 * expected net recovery the ranking compares.
 */
public record LegalOption(LegalActionType action, boolean available, String reason, Money cost, BigDecimal successRate,
        Money expectedNet) {
}
