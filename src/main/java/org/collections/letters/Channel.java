package org.collections.letters;

public enum Channel {
    EMAIL,
    POST,
    /** Email to the business's own delivery team, not to the customer. */
    INTERNAL,
    /** Email to a legal partner: lawyer, collection agency, factor or court. */
    PARTNER
}
