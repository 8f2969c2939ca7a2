package org.collections.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.collections.CaseTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/** The outbox's refusals are problem details like the rest of the API's errors. */
class OutboxApiTest extends CaseTestSupport {

    private JsonNode problem(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        return body;
    }

    @Test
    void anUnknownMessageIsAProblemEvenWhenAPdfIsAskedFor() throws Exception {
        assertThat(problem(get("/api/outbox/987654321/pdf").accept(MediaType.APPLICATION_PDF)
                .with(httpBasic(SYSTEM, PASSWORD)), 404).get("detail").asText())
                .isEqualTo("no outbox message 987654321");
        assertThat(problem(post("/api/outbox/987654321/posted").with(httpBasic(MANAGER, PASSWORD)), 404)
                .get("detail").asText()).isEqualTo("no outbox message 987654321");
    }

    @Test
    void anEmailCannotBeConfirmedAsPosted() throws Exception {
        String number = newNumber();
        register(number, "100.00", LocalDate.of(2026, 2, 20));
        runDueJobs();
        OutboxMessage email = messages(number).stream().filter(m -> m.getChannel() == Channel.EMAIL).findFirst()
                .orElseThrow();
        assertThat(problem(post("/api/outbox/" + email.getId() + "/posted").with(httpBasic(MANAGER, PASSWORD)), 409)
                .get("detail").asText()).contains("is not a letter for post");
        assertThat(outbox.findById(email.getId()).orElseThrow().getStatus()).isNotEqualTo(OutboxStatus.POSTED);
    }

    @Test
    void anUnknownPathOrMethodUnderTheApiIsAProblem() throws Exception {
        problem(get("/api/no-such-thing").with(httpBasic(SYSTEM, PASSWORD)), 404);
        problem(get("/api/invoices/X-1/payments").with(httpBasic(SYSTEM, PASSWORD)), 405);
        problem(post("/api/invoices").contentType(MediaType.TEXT_PLAIN).content("hello")
                .with(httpBasic(SYSTEM, PASSWORD)), 415);
    }
}
