package org.collections.invoice;

import org.collections.customer.CustomerNotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the project's API as RFC 7807 problem details, with one message per bad field under
 * {@code errors}, so a caller can fix all of its input at once. Not limited to the API's controllers, so that an
 * unknown path or method under {@code /api}, which no controller handles, answers in the same format.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new TreeMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.merge(f.getField(),
                f.getDefaultMessage(), (a, b) -> a + "; " + b));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.merge(g.getObjectName(),
                g.getDefaultMessage(), (a, b) -> a + "; " + b));
        return badRequest(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        Map<String, String> errors = new TreeMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            errors.merge(path.substring(path.lastIndexOf('.') + 1), v.getMessage(), (a, b) -> a + "; " + b);
        });
        return badRequest(errors);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return badRequest(e.fieldErrors());
    }

    /**
     * Spring stops at the first query parameter it cannot convert, so the method's other query parameters are
     * checked here as well: a caller learns of every bad one at once, not one per round.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Map<String, String> errors = new TreeMap<>(QueryParameters.errors(e.getParameter().getExecutable(),
                request::getParameter));
        errors.put(e.getName(), QueryParameters.mismatch(e.getRequiredType()));
        return badRequest(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return badRequest(Map.of(path(u), "is not a known field"));
        }
        if (cause instanceof InvalidFormatException f) {
            return badRequest(Map.of(path(f), f.getTargetType() == null ? "has the wrong type"
                    : UnreadableFields.message(f.getTargetType())));
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return badRequest(Map.of(path(m), "has the wrong type"));
        }
        if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
            // the body as a whole is of the wrong kind: say which kind, not which Java type it missed
            boolean list = Collection.class.isAssignableFrom(m.getTargetType()) || m.getTargetType().isArray();
            return badRequest(Map.of("body", list ? "must be a JSON array" : "must be a JSON object"));
        }
        if (cause instanceof JsonProcessingException p) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "malformed JSON: " + p.getOriginalMessage());
            return problem(problem);
        }
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request body is missing or unreadable"));
    }

    @ExceptionHandler(DuplicateInvoiceException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateInvoiceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", Map.of("number", "is already registered"));
        return problem(problem);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "conflicts with data stored at the same moment (duplicate number or reference); nothing was stored"));
    }

    @ExceptionHandler(PaymentConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PaymentConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", Map.of("reference", "already used for a different payment"));
        return problem(problem);
    }

    /**
     * A case that a step of its own changed at the same moment, still after the service's retries: nothing of the
     * request was kept, and the same request a moment later goes through.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()
                + " (a step of the case ran at the same moment); nothing was changed: try again in a moment");
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(InvoiceConflictException.class)
    ResponseEntity<ProblemDetail> conflict(InvoiceConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", Map.of(e.field(), e.fieldMessage()));
        }
        if (e.retryAfterSeconds() != null) {
            return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER,
                    e.retryAfterSeconds().toString()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return problem(problem);
    }

    /**
     * What Spring answers itself (an unknown outbox message, a letter not meant for post, an unknown path, a wrong
     * method or media type) keeps its status and headers, in the API's error format. Other paths keep Spring's.
     */
    @ExceptionHandler({ErrorResponseException.class, ServletException.class})
    ResponseEntity<ProblemDetail> refused(Exception e, HttpServletRequest request) throws Exception {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (!(e instanceof ErrorResponse response) || !api) {
            throw e;
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    /** A file upload (a bank statement) that is too large or not multipart at all. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> upload(org.springframework.web.multipart.MultipartException e) {
        if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return problem(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "the file is larger than spring.servlet.multipart.max-file-size allows; nothing was stored"));
        }
        return badRequest(Map.of("file", "must be sent as multipart/form-data field file"));
    }

    @ExceptionHandler({InvoiceNotFoundException.class, CustomerNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> badRequest(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 field is invalid; nothing was stored"
                        : errors.size() + " fields are invalid; nothing was stored");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", new TreeMap<>(errors));
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
