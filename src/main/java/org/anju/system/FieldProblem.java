package org.anju.system;

/**
 * What is wrong with one field of a request: the field (JSON property or query parameter), the
 * offending value as received, and a message key of the {@code messages} bundle with its arguments.
 */
public record FieldProblem(String field, Object value, String messageKey, Object... args) {
}
