package org.collections.legal;

/** The actions of the legal route; the values are the form's {@code legalAction} options. */
public enum LegalActionType {
    WRITE_OFF,
    LAWYER_LETTER,
    COLLECTION_AGENCY,
    FACTORING,
    SMALL_CLAIMS,
    COURT
}
