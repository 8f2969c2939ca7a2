package org.collections.customer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.collections.invoice.InvalidInputException;

/** How {@code GET /api/customers} orders customers. */
public enum AccountSort {
    /** the most money overdue first, then the oldest debt */
    AT_RISK("atRisk"),
    /** the most owed first */
    BALANCE("balance"),
    NUMBER("number");

    private final String label;

    AccountSort(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static AccountSort of(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("sort", "must be one of atRisk, balance, number"));
    }
}
