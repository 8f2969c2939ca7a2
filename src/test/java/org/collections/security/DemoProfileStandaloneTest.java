package org.collections.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.collections.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo set-up as the README describes it: the login page works and the documented passwords are right. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "collections.demo.sample-invoices=false"})
@ActiveProfiles("demo")
class DemoProfileStandaloneTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.urlOr("jdbc:h2:mem:demo-profile;DB_CLOSE_DELAY=-1"));
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;

    @Test
    void theLoginPageIsServed() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<html");
    }

    @Test
    void theReadmesDemoUsersLogInWithTheirDocumentedPasswords() {
        assertThat(WebappLogin.login(http, "agent", "agent", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, "manager", "manager", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, "demo", "demo", "admin")).isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(http, "agent", "agent", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders erp = new HttpHeaders();
        erp.setBasicAuth("erp", "erp");
        assertThat(http.exchange("/api/invoices", HttpMethod.GET, new HttpEntity<>(erp), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(identity.createUserQuery().userId("admin").count()).as("no environment admin in the demo").isZero();
    }

}
