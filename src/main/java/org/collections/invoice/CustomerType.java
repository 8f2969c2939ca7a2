package org.collections.invoice;

public enum CustomerType {
    CONSUMER,
    BUSINESS
}
