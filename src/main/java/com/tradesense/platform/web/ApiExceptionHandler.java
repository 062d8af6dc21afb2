package com.tradesense.platform.web;

import java.util.ArrayList;
import java.util.List;

import com.tradesense.platform.ApiException;
import com.tradesense.platform.FieldViolation;
import com.tradesense.platform.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.apache.catalina.connector.ClientAbortException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure inside Spring MVC into an RFC 9457 problem with a stable {@code code}; validation failures
 * list each offending field. Unexpected exceptions are logged with the request id and answered without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApiException(ApiException ex, NativeWebRequest request) {
        ProblemDetail problem = ProblemResponses.problem(ex.status(), ex.code(), ex.getMessage(), path(request),
                ex.violations());
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof TooManyRequestsException limited) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        return ResponseEntity.status(ex.status()).headers(headers).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, NativeWebRequest request) {
        List<FieldViolation> violations = ex.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationFailed(violations, request);
    }

    // Security exceptions thrown from method security must keep their meaning, not become a 500.
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, NativeWebRequest request) {
        return ResponseEntity.status(403).body(ProblemResponses.problem(403, "FORBIDDEN",
                "You do not have permission to do this.", path(request), List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, NativeWebRequest request) {
        return ResponseEntity.status(401).body(ProblemResponses.problem(401, "UNAUTHENTICATED",
                "Authentication is required.", path(request), List.of()));
    }

    /** The client went away mid-response (closed tab, dropped stream): nothing to answer, nothing to alarm anyone. */
    @ExceptionHandler(ClientAbortException.class)
    void handleClientGone(Exception ex, NativeWebRequest request) {
        log.debug("Client disconnected during {}: {}", path(request), ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, NativeWebRequest request) {
        log.error("Unhandled exception on {}", path(request), ex);
        return ResponseEntity.status(500).body(ProblemResponses.problem(500, "INTERNAL_ERROR",
                "Something went wrong on our side. The request id in the response headers helps support find it.",
                path(request), List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return validationFailed(violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                violations.add(new FieldViolation(name, error.getDefaultMessage()));
            }
        });
        return validationFailed(violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        return validationFailed(List.of(new FieldViolation(name, "has an invalid value '" + ex.getValue() + "'")),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationFailed(List.of(new FieldViolation(ex.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestBodyLimitFilter.BodyTooLargeException.class)) {
            return ResponseEntity.status(413).body(ProblemResponses.problem(413, "PAYLOAD_TOO_LARGE",
                    "The request body is larger than the server accepts.", path(request), List.of()));
        }
        return ResponseEntity.status(400).body(ProblemResponses.problem(400, "MALFORMED_REQUEST",
                "The request body is missing or is not valid JSON for this endpoint.", path(request), List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty("code", ProblemResponses.defaultCode(statusCode.value()));
            }
            if (problem.getType() == null) {
                problem.setType(ProblemResponses.ABOUT_BLANK);
            }
            if (problem.getInstance() == null) {
                problem.setInstance(java.net.URI.create(path(request)));
            }
        }
        return response;
    }

    private ResponseEntity<Object> validationFailed(List<FieldViolation> violations, WebRequest request) {
        String detail = violations.isEmpty() ? "The request is invalid."
                : violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b)
                        .orElseThrow();
        return ResponseEntity.badRequest()
                .body(ProblemResponses.problem(400, "VALIDATION_FAILED", detail, path(request), violations));
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI();
        }
        return null;
    }
}
