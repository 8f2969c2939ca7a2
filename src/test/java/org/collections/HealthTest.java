package org.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A load balancer keeps sending traffic while the mail server is down; operators still see that it is. */
class HealthTest extends CaseTestSupport {

    @Autowired
    TestRestTemplate http;

    private JsonNode health(String path, HttpStatus expected) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    @Test
    void readinessStaysUpWhileTheMailServerIsDown() throws Exception {
        assertThat(health("/actuator/health", HttpStatus.OK).at("/components/mail/status").asText()).isEqualTo("UP");
        MAIL.stop();
        try {
            JsonNode readiness = health("/actuator/health/readiness", HttpStatus.OK);
            assertThat(readiness.get("status").asText()).isEqualTo("UP");
            assertThat(readiness.get("components").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("readinessState", "db");

            JsonNode overall = health("/actuator/health", HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(overall.get("status").asText()).isEqualTo("DOWN");
            assertThat(overall.at("/components/mail/status").asText()).isEqualTo("DOWN");
            assertThat(overall.at("/components/db/status").asText()).isEqualTo("UP");
        } finally {
            MAIL.start();
        }
        assertThat(health("/actuator/health/liveness", HttpStatus.OK).get("status").asText()).isEqualTo("UP");
    }
}
