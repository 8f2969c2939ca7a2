package org.collections.jurisdiction;

import java.util.List;
import org.collections.invoice.Money;

/** Statutory interest on a claim for a span of days, line by line, with the rule and its source. */
public record InterestStatement(String rule, String source, List<InterestLine> lines, Money total) {
}
