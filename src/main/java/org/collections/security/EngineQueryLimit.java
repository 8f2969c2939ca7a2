package org.collections.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A list query of the engine's REST API without {@code maxResults} gets the engine's limit as its page size. The
 * engine refuses unbounded queries (its {@code queryMaxResultsLimit} keeps one request from reading every row); with
 * this, a plain {@code GET /engine-rest/task?processVariables=customerNumber_eq_K-1001} answers the first page
 * instead of a 400, and a client that names {@code maxResults} is held to the limit as before.
 */
public class EngineQueryLimit extends OncePerRequestFilter {

    static final String MAX_RESULTS = "maxResults";

    private final int limit;

    public EngineQueryLimit(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean query = "GET".equals(request.getMethod()) || "POST".equals(request.getMethod());
        chain.doFilter(query && request.getParameter(MAX_RESULTS) == null ? new Limited(request, limit) : request,
                response);
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final String limit;

        Limited(HttpServletRequest request, int limit) {
            super(request);
            this.limit = Integer.toString(limit);
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + limit;
        }

        @Override
        public String getParameter(String name) {
            return MAX_RESULTS.equals(name) ? limit : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return MAX_RESULTS.equals(name) ? new String[] {limit} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.put(MAX_RESULTS, new String[] {limit});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
