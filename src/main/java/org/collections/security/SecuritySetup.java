package org.collections.security;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Groups, users, Tasklist filters and grants, in that order, before the web server takes its first request:
 * until an administrator exists, Camunda Admin's first-run setup would let the first caller create one.
 * (Spring starts accepting requests after every singleton is ready, which is when this runs.)
 */
@Component
class SecuritySetup implements SmartInitializingSingleton {

    private final GroupSetup groups;
    private final List<UserSetup> users;
    private final TasklistFilters filters;
    private final AuthorizationSetup authorizations;

    SecuritySetup(GroupSetup groups, List<UserSetup> users, TasklistFilters filters,
            AuthorizationSetup authorizations) {
        this.groups = groups;
        this.users = users;
        this.filters = filters;
        this.authorizations = authorizations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        groups.createGroups();
        users.forEach(UserSetup::createUsers);
        filters.createFilters();
        authorizations.grant();
    }
}
