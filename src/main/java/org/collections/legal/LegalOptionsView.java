package org.collections.legal;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/invoices/{number}/legal-options}: the ranked options of a claim and the recommendation. */
public record LegalOptionsView(String invoice, String currency, BigDecimal claim, List<Row> options,
        LegalActionType recommended) {

    /** Amounts in the claim's currency; {@code successRate} in percent, none for writing off. */
    public record Row(LegalActionType action, boolean available, String reason, BigDecimal cost, BigDecimal successRate,
            BigDecimal expectedNet) {
    }

    static LegalOptionsView of(String invoice, LegalRanking ranking, java.util.Currency currency, BigDecimal claim) {
        return new LegalOptionsView(invoice, currency.getCurrencyCode(), claim, ranking.options().stream()
                .map(o -> new Row(o.action(), o.available(), o.reason(), o.cost().amount(), o.successRate(),
                        o.expectedNet().amount()))
                .toList(), ranking.recommended());
    }
}
