package org.collections.customer;

public enum CustomerType {
    CONSUMER,
    BUSINESS
}
