package org.collections.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a path with a path parameter ({@code /engine-rest;x=1/task}) before any other filter reads it. Spring
 * parses the request's path ahead of the security firewall that refuses semicolons, and a parameter inside the engine
 * REST API's servlet path made that parse fail with a 500, for anyone, logged in or not. No page or API of the
 * application uses path parameters, and sessions travel in cookies.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PathParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().indexOf(';') < 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"a path parameter (;) is not accepted\"}").getBytes(StandardCharsets.UTF_8));
    }
}
