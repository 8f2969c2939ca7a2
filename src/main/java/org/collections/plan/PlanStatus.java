package org.collections.plan;

public enum PlanStatus {
    ACTIVE,
    DEFAULTED
}
