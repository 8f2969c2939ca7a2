package org.collections.customer;

import java.util.List;

/**
 * A customer's master data as checked and completed by the registration; {@code contacts} null when the
 * registration did not name any (the stored ones stay).
 */
public record CustomerData(String name, String email, String phone, String address, CustomerType type,
        String locale, String timeZone, String country, List<ContactData> contacts) {
}
