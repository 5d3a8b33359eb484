package org.anju.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters a handler reads from its {@code @RequestParam MultiValueMap}: the names in
 * the {@code static PARAMETERS} collection of each class in {@link #from} (the request's query
 * class, e.g. {@code HouseQuery}, so the list sits next to the code that reads them) plus
 * {@link #names}. The OpenAPI document (/v3/api-docs) lists them as query parameters instead of one
 * opaque object ({@link QueryParametersInOpenApi}); any other name is refused with 400 before the
 * handler runs ({@link UnknownQueryParameters}); the bad-input spec sends its injection payloads to
 * each of them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsQueryParameters {

    /** Classes with a {@code static} collection of parameter names called {@code PARAMETERS}. */
    Class<?>[] from() default {};

    /** More parameter names. */
    String[] names() default {};

    /**
     * {@code true}: the handler accepts more names than these, known only when it runs (the queryables
     * of an OGC API collection or of a download's layer), and refuses unknown ones itself with the
     * same 400 ({@code ogcapi.ItemsQuery}); {@link UnknownQueryParameters} leaves it alone.
     */
    boolean handlerRefusesUnknown() default false;
}
