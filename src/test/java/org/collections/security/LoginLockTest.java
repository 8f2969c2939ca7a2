package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Wrong passwords slow a login down and lock it for a while, never for good; the setup page stays shut. */
class LoginLockTest extends CaseTestSupport {

    /** loginDelayMaxTime in application.yaml: the longest a user stays locked after a failed login. */
    private static final Duration LONGEST_LOCK = Duration.ofSeconds(900);

    @Autowired
    TestRestTemplate http;

    @Test
    void manyWrongPasswordsLockAUserOnlyForAWhile() {
        String user = "locked" + System.nanoTime();
        User locked = identity.newUser(user);
        locked.setPassword(PASSWORD);
        identity.saveUser(locked);
        identity.createMembership(user, Roles.AGENTS);

        wrongPasswordsSpacedOut(user, 15);
        assertThat(identity.checkPassword(user, PASSWORD)).as("locked right after a wrong password").isFalse();
        assertThat(basic(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        afterTheLock();
        assertThat(basic(user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAdministratorCanAlwaysLogInOnceTheWindowHasPassed() {
        try {
            wrongPasswordsSpacedOut(ADMIN, 15);
            assertThat(identity.checkPassword(ADMIN, ADMIN_PASSWORD)).isFalse();
            afterTheLock();
            assertThat(WebappLogin.login(http, ADMIN, ADMIN_PASSWORD, "admin")).isEqualTo(HttpStatus.OK);
        } finally {
            identity.unlockUser(ADMIN);
        }
    }

    @Test
    void theFirstRunSetupCreatesNoAdministratorEvenWithoutOne() {
        identity.deleteMembership(ADMIN, Roles.ADMINS);
        try {
            WebappSession anyone = WebappSession.login(http, "nobody", "nothing", "admin");
            ResponseEntity<String> created = anyone.exchange(HttpMethod.POST,
                    "/camunda/api/admin/setup/default/user/create", Map.of(
                            "profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N",
                                    "email", "i@example.com"),
                            "credentials", Map.of("password", "Intruder#2026-pass")), MediaType.APPLICATION_JSON);
            assertThat(created.getStatusCode()).as(created.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        } finally {
            identity.createMembership(ADMIN, Roles.ADMINS);
        }
    }

    /** Each wrong password after the previous lock has run out, so that every one of them counts. */
    private void wrongPasswordsSpacedOut(String user, int times) {
        for (int i = 0; i < times; i++) {
            afterTheLock();
            assertThat(identity.checkPassword(user, "wrong-" + i)).isFalse();
        }
    }

    private void afterTheLock() {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + LONGEST_LOCK.plusMinutes(1).toMillis()));
    }

    private ResponseEntity<String> basic(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange("/api/invoices", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
