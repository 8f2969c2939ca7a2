package org.collections.plan;

/** An invoice still covered by a plan, to be told what became of the plan. */
public record CoveredInvoice(long invoiceId, String invoiceNumber) {
}
