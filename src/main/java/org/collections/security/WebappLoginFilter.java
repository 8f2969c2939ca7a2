package org.collections.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Only people who work cases log in to the webapps. Camunda lets every user log in to its Welcome app, and a
 * webapp session reaches the webapps' plugin APIs, whose queries do not pass the engine's command gate; a system
 * on the project API (or a user in no group) has no business there. Camunda checks the password as for anyone
 * (so a wrong one gets the same answer whoever the user is); a successful login of such a user is then undone
 * and answered 403.
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
        // read before Camunda's resource consumes the form (it then takes its fields from the servlet request)
        String user = request.getParameter("username");
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == HttpServletResponse.SC_OK && user != null && !worksCases(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            answer.resetBuffer();
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        answer.copyBodyToResponse();
    }

    private boolean worksCases(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .anyMatch(group -> WEBAPP_GROUPS.contains(group.getId()));
    }
}
