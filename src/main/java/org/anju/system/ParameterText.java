package org.anju.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query and form parameters with control characters (NUL, ESC …; tab, CR and LF are allowed) are
 * refused with 400 naming the parameter, for every handler, before it runs. Nothing Anju looks up
 * contains them, and PostgreSQL refuses NUL in any text it is given — which surfaced as a 409
 * "conflict" on a plain search.
 */
@Configuration(proxyBeanMethods = false)
class ParameterText implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey(), problems);
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return true;
    }

    private static void check(String name, String text, List<FieldProblem> problems) {
        int control = text == null ? -1 : JsonFields.controlCharacter(text);
        if (control >= 0) {
            problems.add(new FieldProblem(name, text, "field.controlCharacter", String.format("U+%04X", control)));
        }
    }
}
