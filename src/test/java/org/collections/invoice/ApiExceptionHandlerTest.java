package org.collections.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aCaseChangedAtTheSameMomentIsAConflictToTryAgainNotAServerError() {
        ResponseEntity<ProblemDetail> answer = handler.concurrent(
                new OptimisticLockingFailureException("case of invoice INV-1 changed meanwhile"));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).isEqualTo("case of invoice INV-1 changed meanwhile (a step of the case "
                + "ran at the same moment); nothing was changed: try again in a moment");
    }

    @Test
    void aConflictThatPassesByItselfSaysWhenToTryAgain() {
        ResponseEntity<ProblemDetail> answer = handler.conflict(new InvoiceConflictException("busy", "invoice",
                "is busy", 5));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(handler.conflict(new InvoiceConflictException("closed")).getHeaders()
                .containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
    }
}
