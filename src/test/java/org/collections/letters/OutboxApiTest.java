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

    /** Lists that grow with the business come a page at a time, oldest first, never all at once. */
    @Test
    void theOutboxAndTheUnmatchedPaymentsComeAPageAtATime() throws Exception {
        for (int i = 0; i < 3; i++) {
            register(newNumber(), "50.00", today().minusDays(40));
            pay("NO-SUCH-" + newNumber(), "1.00", "PAGE-" + newNumber());
        }
        runDueJobs();
        // whichever state the letters are in now (sent, or waiting for the customer's hours)
        String status = java.util.stream.Stream.of(OutboxStatus.values())
                .filter(s -> {
                    try {
                        return getJson("/api/outbox?size=500&status=" + s).size() >= 3;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow().name();
        for (String[] list : new String[][] {{"/api/outbox?status=" + status + "&", "id"},
                {"/api/payments/unmatched?", "reference"}}) {
            JsonNode first = getJson(list[0] + "page=0&size=2");
            JsonNode second = getJson(list[0] + "page=1&size=2");
            assertThat(first.size()).as(list[0]).isEqualTo(2);
            assertThat(second.size()).as(list[0]).isBetween(1, 2);
            assertThat(second.get(0).get(list[1]).asText()).as("the next page goes on")
                    .isNotIn(first.get(0).get(list[1]).asText(), first.get(1).get(list[1]).asText());
            String list0 = list[0];
            problem(get(list0 + "size=501").with(httpBasic(SYSTEM, PASSWORD)), 400);
            problem(get(list0 + "page=-1").with(httpBasic(SYSTEM, PASSWORD)), 400);
        }
    }

    /** Spring stops at the first parameter it cannot read; the answer still names every bad one. */
    @Test
    void everyBadQueryParameterIsNamedInOneAnswer() throws Exception {
        JsonNode errors = problem(get("/api/outbox?status=SOON&page=x&size=501").with(httpBasic(SYSTEM, PASSWORD)),
                400).get("errors");
        assertThat(errors.get("status").asText()).startsWith("must be one of PENDING");
        assertThat(errors.get("page").asText()).isEqualTo("must be a whole number");
        assertThat(errors.get("size").asText()).isEqualTo("must be less than or equal to 500");
        errors = problem(get("/api/payments/unmatched?page=-1&size=many").with(httpBasic(SYSTEM, PASSWORD)), 400)
                .get("errors");
        assertThat(errors.get("page").asText()).isEqualTo("must be greater than or equal to 0");
        assertThat(errors.get("size").asText()).isEqualTo("must be a whole number");
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
