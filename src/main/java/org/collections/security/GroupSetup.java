package org.collections.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/** The application's groups exist in every set-up, so an administrator only has to add people to them. */
@Component
public class GroupSetup {

    private final IdentityService identity;

    public GroupSetup(IdentityService identity) {
        this.identity = identity;
    }

    void createGroups() {
        IdentitySetup setup = new IdentitySetup(identity);
        setup.group(Roles.AGENTS, "Collection agents", Groups.GROUP_TYPE_WORKFLOW);
        setup.group(Roles.MANAGERS, "Collection managers", Groups.GROUP_TYPE_WORKFLOW);
        setup.group(Roles.INTEGRATION, "Systems using the API", Groups.GROUP_TYPE_WORKFLOW);
        setup.group(Roles.ADMINS, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
    }
}
