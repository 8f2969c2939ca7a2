package org.collections.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. The project API and Camunda's REST API take HTTP Basic against Camunda's identity service;
 * the webapps keep their own session login and authorizations; health and the OpenAPI document are open.
 */
@Configuration
public class SecurityConfiguration {

    private static final String[] STAFF = {Roles.AGENTS, Roles.MANAGERS, Roles.ADMINS};
    private static final String[] API_USERS = {Roles.AGENTS, Roles.MANAGERS, Roles.ADMINS, Roles.INTEGRATION};
    private static final String[] INVOICING = {Roles.MANAGERS, Roles.ADMINS, Roles.INTEGRATION};

    @Bean
    @Order(1)
    SecurityFilterChain projectApi(HttpSecurity http, ApiSecurityProblems problems) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/invoices", "/api/invoices/batch",
                                "/api/invoices/*/payments", "/api/customers/*/payments")
                        .hasAnyRole(API_USERS)
                        // What the invoicing system changes on an invoice lowers or ends the claim: the system itself
                        // or a manager. An agent agrees a credit note in 'Resolve dispute', where the dossier keeps why.
                        .requestMatchers(HttpMethod.POST, "/api/invoices/*/credit-notes", "/api/invoices/*/cancellation")
                        .hasAnyRole(INVOICING)
                        .requestMatchers(HttpMethod.PUT, "/api/invoices/*/due-date").hasAnyRole(INVOICING)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(API_USERS)
                        .requestMatchers(HttpMethod.POST, "/api/outbox/*/posted").hasAnyRole(STAFF)
                        // a hold is a manager's decision; a dispute may be raised by whoever talks to the customer
                        .requestMatchers(HttpMethod.POST, "/api/invoices/*/hold", "/api/customers/*/hold",
                                "/api/customers/*/stop")
                        .hasAnyRole(Roles.MANAGERS, Roles.ADMINS)
                        .requestMatchers(HttpMethod.DELETE, "/api/invoices/*/hold", "/api/customers/*/hold",
                                "/api/customers/*/stop")
                        .hasAnyRole(Roles.MANAGERS, Roles.ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/invoices/*/disputes").hasAnyRole(STAFF)
                        // statements are bookkeeping: the invoicing system, a manager or an administrator imports them
                        .requestMatchers(HttpMethod.POST, "/api/bank-statements")
                        .hasAnyRole(Roles.MANAGERS, Roles.ADMINS, Roles.INTEGRATION)
                        .anyRequest().denyAll())
                // 401 and 403 as problem details like the API's other errors; the entry point names the realm
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic authentication sends no cookie a forged request could ride on
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        // Systems that only use the project API have no business with the engine's API.
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(STAFF))
                .httpBasic(basic -> basic.realmName("Camunda"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        // The webapps authenticate with their own session login and protect themselves against CSRF and with
        // their own headers; Spring Security stays out of their way here.
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        // Camunda Admin's first-run setup creates an administrator for whoever calls it while the
                        // camunda-admin group has no direct member; the administrator always comes from set-up.
                        .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** Matches the path itself: {@code /engine-rest} is Jersey's servlet, which Spring MVC's matchers do not see. */
    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * After Spring Security let a request to {@code /engine-rest} through, the engine learns who it is, so its
     * authorizations apply (unauthenticated engine calls skip them).
     */
    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Engine list queries without a page size get the engine's limit as theirs (see {@link EngineQueryLimit}). */
    @Bean
    FilterRegistrationBean<EngineQueryLimit> engineQueryLimit(
            @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit}") int limit) {
        FilterRegistrationBean<EngineQueryLimit> registration = new FilterRegistrationBean<>(new EngineQueryLimit(limit));
        registration.setName("engine-query-limit");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
