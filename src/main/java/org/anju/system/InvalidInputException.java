package org.anju.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be carried out as sent. Answered as problem+json listing every field
 * problem, with 400 for malformed parameters and 422 for well-formed but invalid content.
 * Nothing has been written when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> problems;

    private InvalidInputException(HttpStatus status, List<FieldProblem> problems) {
        super(problems.toString());
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** Malformed query parameters or body syntax: 400. */
    public static InvalidInputException badRequest(List<FieldProblem> problems) {
        return new InvalidInputException(HttpStatus.BAD_REQUEST, problems);
    }

    public static InvalidInputException badRequest(FieldProblem problem) {
        return badRequest(List.of(problem));
    }

    /** Content that breaks a rule of the domain: 422. */
    public static InvalidInputException unprocessable(List<FieldProblem> problems) {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_CONTENT, problems);
    }

    public static InvalidInputException unprocessable(FieldProblem problem) {
        return unprocessable(List.of(problem));
    }

    /** Content that collides with stored data, e.g. a code that already exists: 409. */
    public static InvalidInputException conflict(FieldProblem problem) {
        return new InvalidInputException(HttpStatus.CONFLICT, List.of(problem));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
