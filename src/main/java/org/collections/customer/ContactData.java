package org.collections.customer;

/** A person to reach at the customer, as registered. */
public record ContactData(String role, String name, String phone, String email) {

    /** The role of the customer's own name, phone and email. */
    public static final String MAIN = "main contact";

    /** Role, name, phone and email, as an agent reads them. */
    public String describe() {
        return role + ": " + name + (phone == null ? "" : ", " + phone) + (email == null ? "" : ", " + email);
    }
}
