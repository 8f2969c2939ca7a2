package org.collections.security;

/** The groups of Camunda's identity service that the application knows, declared once. */
public final class Roles {

    private Roles() {
    }

    public static final String AGENTS = "collection-agents";
    public static final String MANAGERS = "collection-managers";
    public static final String ADMINS = "camunda-admin";
    public static final String INTEGRATION = "collection-integration";
}
