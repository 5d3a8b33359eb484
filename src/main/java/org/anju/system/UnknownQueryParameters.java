package org.anju.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A GET of {@code /api/**}, {@code /tiles/**} or {@code /ogcapi/**} with a query parameter its handler
 * does not read is refused with 400 naming the parameter and listing the accepted ones — a misspelt
 * filter ({@code ?vilage=…}) would otherwise be ignored and answer everything the account may see.
 * The accepted names are the handler's own: its {@code @RequestParam}s and, for a handler reading a
 * {@code MultiValueMap}, its {@link ReadsQueryParameters} (the same names the OpenAPI document lists,
 * {@link QueryParametersInOpenApi}), so the check, the code and the document cannot drift apart.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownQueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    private final Map<HandlerMethod, Accepted> accepted = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/tiles/**", "/ogcapi", "/ogcapi/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        Accepted names = accepted.computeIfAbsent(method, UnknownQueryParameters::of);
        if (names.checkedByHandler()) {
            return true;
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!names.names().contains(parameter.getKey())) {
                String value = parameter.getValue().length == 0 ? null : parameter.getValue()[0];
                problems.add(names.names().isEmpty()
                        ? new FieldProblem(parameter.getKey(), value, "parameter.unknown.none")
                        : new FieldProblem(parameter.getKey(), value, "parameter.unknown", parameter.getKey(),
                                String.join(", ", names.names())));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return true;
    }

    /** The query parameters {@code handler} accepts, sorted; {@code checkedByHandler}: it refuses unknown ones itself. */
    public record Accepted(SortedSet<String> names, boolean checkedByHandler) {
    }

    /**
     * The names {@code handler} reads: each {@code @RequestParam} by its name, and for a
     * {@code @RequestParam Map} the names of its {@link ReadsQueryParameters} — without that
     * annotation the handler could read any name, which is a mistake in the code (start-up fails).
     */
    public static Accepted of(HandlerMethod handler) {
        SortedSet<String> names = new TreeSet<>();
        boolean readsMap = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                readsMap = true;
                continue;
            }
            String name = param.name().isEmpty() ? param.value() : param.name();
            if (name.isEmpty()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                name = parameter.getParameterName();
            }
            names.add(name);
        }
        ReadsQueryParameters reads = handler.getMethodAnnotation(ReadsQueryParameters.class);
        if (reads != null) {
            names.addAll(QueryParametersInOpenApi.names(reads));
        } else if (readsMap) {
            throw new IllegalStateException(handler + " reads its query parameters from a map without "
                    + "@ReadsQueryParameters saying which: add it, so that unknown ones are refused");
        }
        return new Accepted(java.util.Collections.unmodifiableSortedSet(names),
                reads != null && reads.handlerRefusesUnknown());
    }

    /**
     * Works out the accepted names of every handler at start-up, so that a handler reading a map
     * without saying which names stops the start instead of a request.
     */
    @org.springframework.context.event.EventListener
    void checkEveryHandler(org.springframework.context.event.ContextRefreshedEvent event) {
        event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, method) -> {
                    if (info.getPatternValues().stream().anyMatch(UnknownQueryParameters::checked)) {
                        accepted.computeIfAbsent(method, UnknownQueryParameters::of);
                    }
                }));
    }

    private static boolean checked(String pattern) {
        return pattern.startsWith("/api/") || pattern.startsWith("/tiles/") || pattern.startsWith("/ogcapi");
    }
}
