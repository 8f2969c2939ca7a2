package org.collections.invoice;

public class DuplicateInvoiceException extends RuntimeException {

    public DuplicateInvoiceException(String number) {
        super("invoice " + number + " is already registered");
    }
}
