package org.anju.system;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.method.HandlerMethod;

/**
 * Lists the parameters of {@link ReadsQueryParameters} handlers in the OpenAPI document, one query
 * parameter (string) each, in place of the {@code MultiValueMap} the handler receives them in.
 */
@Component
class QueryParametersInOpenApi implements GlobalOperationCustomizer {

    @Override
    public io.swagger.v3.oas.models.Operation customize(io.swagger.v3.oas.models.Operation operation, HandlerMethod handler) {
        ReadsQueryParameters reads = handler.getMethodAnnotation(ReadsQueryParameters.class);
        if (reads == null) {
            return operation;
        }
        List<String> mapNames = new ArrayList<>();
        for (var parameter : handler.getMethodParameters()) {
            if (MultiValueMap.class.isAssignableFrom(parameter.getParameterType())) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                mapNames.add(parameter.getParameterName());
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> !mapNames.contains(p.getName())).forEach(parameters::add);
        }
        for (String name : names(reads)) {
            if (parameters.stream().noneMatch(p -> p.getName().equals(name) && "query".equals(p.getIn()))) {
                parameters.add(new Parameter().name(name).in("query").required(false).schema(new StringSchema()));
            }
        }
        operation.setParameters(parameters);
        return operation;
    }

    /** The names of {@code reads}, sorted. */
    static java.util.SortedSet<String> names(ReadsQueryParameters reads) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(List.of(reads.names()));
        for (Class<?> type : reads.from()) {
            try {
                var field = type.getDeclaredField("PARAMETERS");
                field.setAccessible(true);
                for (Object name : (java.util.Collection<?>) field.get(null)) {
                    names.add(String.valueOf(name));
                }
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException(type + " has no static collection PARAMETERS", e);
            }
        }
        return names;
    }
}
