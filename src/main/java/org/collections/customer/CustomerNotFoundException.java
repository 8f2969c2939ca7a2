package org.collections.customer;

/** No customer account with that number: a 404. */
public class CustomerNotFoundException extends RuntimeException {

    public CustomerNotFoundException(String number) {
        super("no customer with number " + number);
    }
}
