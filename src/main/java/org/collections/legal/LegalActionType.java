package org.collections.legal;

/** The actions of the legal route; the values are the form's {@code legalAction} options. */
public enum LegalActionType {
    WRITE_OFF("Write off"),
    LAWYER_LETTER("Lawyer's demand letter"),
    COLLECTION_AGENCY("Collection agency"),
    FACTORING("Sell to factor"),
    SMALL_CLAIMS("Small-claims court"),
    COURT("Court with a lawyer");

    private final String label;

    LegalActionType(String label) {
        this.label = label;
    }

    /** As the approval form names it. */
    public String label() {
        return label;
    }
}
