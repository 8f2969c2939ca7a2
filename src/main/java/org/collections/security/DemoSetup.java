package org.collections.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users, with the passwords documented in the README. Only in the demo profile: no other
 * set-up has a user with a known password.
 */
@Component
@Profile("demo")
public class DemoSetup implements UserSetup {

    private final IdentityService identity;

    public DemoSetup(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void createUsers() {
        IdentitySetup setup = new IdentitySetup(identity);
        setup.user("demo", "demo", "Demo", "Administrator", "demo@example.com", Roles.ADMINS, Roles.MANAGERS,
                Roles.AGENTS);
        setup.user("agent", "agent", "Anna", "Agent", "agent@example.com", Roles.AGENTS);
        setup.user("manager", "manager", "Mark", "Manager", "manager@example.com", Roles.MANAGERS);
        setup.user("erp", "erp", "Invoicing", "System", "erp@example.com", Roles.INTEGRATION);
    }
}
