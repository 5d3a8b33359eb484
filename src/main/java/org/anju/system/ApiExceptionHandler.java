package org.anju.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem+json, in the caller's language (zh-CN by default,
 * English with {@code Accept-Language: en}). Field-level problems are listed under {@code errors}
 * as {@code {field, value, message}}. Stack traces never reach the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Unique constraints that mean "this code already exists", by constraint name. */
    private static final Map<String, String> DUPLICATE_CODE_CONSTRAINTS = Map.of(
            "house_code_unique", "code",
            "household_code_unique", "code",
            "disaster_event_code_unique", "code");

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(e.status(), "problem.invalid.title", "problem.invalid.detail", e.problems().size());
        problem.setProperty("errors", e.problems().stream().map(this::render).toList());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.notFound.detail",
                text("kind." + e.kind()), e.key()));
    }

    /** A role or jurisdiction that may not do this (403), as a problem the officer can read. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(org.springframework.security.access.AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.detail"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> staleVersion(StaleVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.stale.title", "problem.stale.detail",
                text("kind." + e.kind()), e.key(), e.sentVersion(), e.storedVersion());
        problem.setProperty("stored_version", e.storedVersion());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentUpdate(ObjectOptimisticLockingFailureException e) {
        return respond(problem(HttpStatus.CONFLICT, "problem.stale.title", "problem.concurrent.detail"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        String text = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        for (var entry : DUPLICATE_CODE_CONSTRAINTS.entrySet()) {
            if (text.contains(entry.getKey())) {
                ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.duplicate.title", "problem.duplicate.detail");
                problem.setProperty("errors", List.of(render(new FieldProblem(entry.getValue(), null, "code.duplicate"))));
                return respond(problem);
            }
        }
        log.warn("Integrity violation not mapped to a field: {}", e.getMostSpecificCause().getMessage());
        return respond(problem(HttpStatus.CONFLICT, "problem.integrity.title", "problem.integrity.detail"));
    }

    /**
     * The database is unreachable (down, restarting, network): 503 with Retry-After, so clients and
     * the map retry instead of reporting a fault in the request. The connection pool reconnects by
     * itself when the database returns. When it is reachable but every connection stayed in use
     * while the request waited for one, the 503 says the service is busy.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class, RecoverableDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        DatabaseTrouble trouble = DatabaseTrouble.of(e);
        log.warn("Database {}: {}", trouble == DatabaseTrouble.BUSY ? "busy, all connections in use" : "unavailable",
                e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, trouble.retryAfter())
                .body(trouble.problem(messages, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException e) {
        return invalidInput(InvalidInputException.badRequest(
                new FieldProblem(e.getName(), e.getValue(), "parameter.type")));
    }

    /**
     * A query string that is not UTF-8 (e.g. GBK bytes from an old client): the server cannot even
     * tell the parameter's name for sure, so the problem names the query as a whole. Without this
     * handler the servlet container answered with its own error page and logged a stack trace.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> parameterEncoding(org.apache.tomcat.util.http.InvalidParameterException e) {
        return invalidInput(InvalidInputException.badRequest(new FieldProblem("query", null, "parameter.encoding")));
    }

    /** A body that is not JSON at all. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonBodyLimit.TooLargeException tooLarge) {
                // as JsonBodyLimit answers a body that announces its length: the problem names the body
                long megabytes = tooLarge.maxBytes >> 20;
                ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge.title",
                        "problem.tooLarge.detail", megabytes);
                problem.setProperty("errors", List.of(render(new FieldProblem("body", null, "problem.tooLarge.detail",
                        megabytes))));
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.unreadable.detail");
        return ResponseEntity.badRequest().body(problem);
    }

    private Map<String, Object> render(FieldProblem p) {
        var rendered = new java.util.LinkedHashMap<String, Object>();
        rendered.put("field", p.field());
        rendered.put("value", p.value() == null ? null : abbreviate(String.valueOf(p.value())));
        rendered.put("message", text(p.messageKey(), p.args()));
        return rendered;
    }

    /**
     * A value sent back to say what was wrong, at most {@value #MAX_ECHOED_VALUE} characters: a
     * megabyte-long name is refused with a short answer, not echoed back whole.
     */
    static String abbreviate(String value) {
        return value.length() <= MAX_ECHOED_VALUE ? value
                : value.substring(0, MAX_ECHOED_VALUE) + "…（共 " + value.length() + " 字符）";
    }

    private static final int MAX_ECHOED_VALUE = 200;

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, args));
        problem.setTitle(text(titleKey));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
