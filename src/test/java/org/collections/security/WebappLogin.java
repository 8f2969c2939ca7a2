package org.collections.security;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Logs in to a Camunda webapp as its login page does: with the session's CSRF token. */
final class WebappLogin {

    private WebappLogin() {
    }

    static HttpStatus login(TestRestTemplate http, String user, String password, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.set(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)
                .stream().map(c -> c.split(";", 2)[0]).toList()));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return HttpStatus.valueOf(http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class).getStatusCode().value());
    }
}
