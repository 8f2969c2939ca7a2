package org.collections.plan;

public enum InstalmentStatus {
    OPEN,
    PAID,
    MISSED
}
