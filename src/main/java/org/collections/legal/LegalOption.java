package org.collections.legal;

import org.collections.invoice.Money;

/** What one action would cost and is expected to bring in. */
public record LegalOption(LegalActionType action, boolean available, Money cost, Money expectedNetRecovery,
        String why) {
}
