package org.collections.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session with the Camunda webapps: logged in through an app's login page, then calling the
 * webapps' own engine API ({@code /camunda/api/engine/...}) with the session cookie and the CSRF token, as
 * Tasklist and Cockpit do.
 */
final class WebappSession {

    private final TestRestTemplate http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;
    private int loginStatus;
    private String loginBody;

    private WebappSession(TestRestTemplate http) {
        this.http = http;
    }

    static WebappSession login(TestRestTemplate http, String user, String password, String app) {
        WebappSession session = new WebappSession(http);
        session.remember(http.getForEntity("/camunda/app/tasklist/default/", String.class));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> login = session.exchange(HttpMethod.POST,
                "/camunda/api/admin/auth/user/default/login/" + app, form, MediaType.APPLICATION_FORM_URLENCODED);
        session.loginStatus = login.getStatusCode().value();
        session.loginBody = login.getBody();
        // the session id changes at login; a GET brings the token of the new session
        session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
        return session;
    }

    int loginStatus() {
        return loginStatus;
    }

    String loginBody() {
        return loginBody;
    }

    ResponseEntity<String> engine(HttpMethod method, String path, Object json) {
        return exchange(method, "/camunda/api/engine/engine/default" + path, json, MediaType.APPLICATION_JSON);
    }

    ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType type) {
        return exchange(method, path, body, type, MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.TEXT_HTML_VALUE);
    }

    /** As {@link #exchange(HttpMethod, String, Object, MediaType)}, accepting the given media types. */
    ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType type, String accept) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        headers.set(HttpHeaders.ACCEPT, accept);
        if (csrfToken != null) {
            headers.set("X-XSRF-TOKEN", csrfToken);
        }
        List<String> pairs = new ArrayList<>();
        cookies.forEach((name, value) -> pairs.add(name + "=" + value));
        if (!pairs.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, String.join("; ", pairs));
        }
        return remember(http.exchange(path, method, new HttpEntity<>(body, headers), String.class));
    }

    private ResponseEntity<String> remember(ResponseEntity<String> response) {
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
            if (pair[0].equals("XSRF-TOKEN") && pair.length > 1) {
                csrfToken = pair[1];
            }
        }
        String header = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (header != null) {
            csrfToken = header;
        }
        return response;
    }
}
