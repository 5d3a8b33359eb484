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
 * opaque object ({@link QueryParametersInOpenApi}); the bad-input spec sends its injection payloads
 * to each of them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsQueryParameters {

    /** Classes with a {@code static} collection of parameter names called {@code PARAMETERS}. */
    Class<?>[] from() default {};

    /** More parameter names. */
    String[] names() default {};
}
