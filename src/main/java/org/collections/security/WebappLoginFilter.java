package org.collections.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only people who work cases log in to the webapps. Camunda lets every user log in to its Welcome app, and a
 * webapp session reaches the webapps' plugin APIs, whose queries do not pass the engine's command gate; a system
 * on the project API (or a user in no group) has no business there, so its login is refused once its password
 * is known to be right, and a wrong one gets the answer Camunda gives (401, no body), counted once.
 */
@Component
class WebappLoginFilter extends OncePerRequestFilter {

    private static final Set<String> WEBAPP_GROUPS = Set.of(Roles.AGENTS, Roles.MANAGERS, Roles.ADMINS);
    private static final PathPatternRequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/login/{app}");

    private final IdentityService identity;

    WebappLoginFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (user == null || password == null || identity.createUserQuery().userId(user).count() == 0
                || worksCases(user)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(identity.checkPassword(user, password) ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_UNAUTHORIZED);
    }

    private boolean worksCases(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .anyMatch(group -> WEBAPP_GROUPS.contains(group.getId()));
    }
}
