package org.collections.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo, the one administrator comes from the environment: no set-up runs with a password anybody
 * could read in a README. Without {@code COLLECTIONS_ADMIN_PASSWORD} the application does not start.
 */
@Component
@Profile("!demo")
public class AdminSetup implements UserSetup {

    private final IdentityService identity;
    private final String user;
    private final String password;

    public AdminSetup(IdentityService identity, @Value("${collections.admin.user:admin}") String user,
            @Value("${collections.admin.password:}") String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No administrator password: set COLLECTIONS_ADMIN_PASSWORD (and "
                    + "optionally COLLECTIONS_ADMIN_USER, default 'admin'). Only the demo profile has demo users.");
        }
        this.identity = identity;
        this.user = user;
        this.password = password;
    }

    @Override
    public void createUsers() {
        // An existing administrator keeps the password set in Camunda Admin; the environment only seeds it.
        new IdentitySetup(identity).user(user, password, "Collections", "Administrator", null, Roles.ADMINS);
        // Whoever locked the administrator out with wrong passwords, a restart lets the operator back in at once.
        identity.unlockUser(user);
    }
}
