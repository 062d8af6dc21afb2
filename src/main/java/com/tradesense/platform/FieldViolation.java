package com.tradesense.platform;

/** One invalid input of a request, named the way the client sent it (JSON property or query parameter). */
public record FieldViolation(String field, String message) {
}
