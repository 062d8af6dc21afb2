package com.tradesense.platform;

import java.util.List;

/**
 * A refusal the API reports as an RFC 9457 problem: an HTTP status, a stable machine-readable code and a
 * human-readable detail. Modules throw it (or a subclass) instead of inventing their own error plumbing.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldViolation> violations;

    public ApiException(int status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ApiException(int status, String code, String detail, List<FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static ApiException badRequest(String code, String field, String message) {
        return new ApiException(400, code, message, List.of(new FieldViolation(field, message)));
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(401, code, detail);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(404, code, detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(422, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
