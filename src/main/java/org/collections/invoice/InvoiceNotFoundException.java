package org.collections.invoice;

public class InvoiceNotFoundException extends RuntimeException {

    public InvoiceNotFoundException(String number) {
        super("no invoice with number " + number);
    }
}
