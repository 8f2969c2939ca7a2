package org.collections.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates users and groups in Camunda's identity service, once: existing ones are left as they are. */
final class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identity;

    IdentitySetup(IdentityService identity) {
        this.identity = identity;
    }

    void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    void user(String id, String password, String firstName, String lastName, String email, String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(password);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identity.saveUser(user);
            log.info("Created user {}", id);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }
}
