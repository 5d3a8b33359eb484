package org.anju.system;

import java.util.List;

import org.anju.geo.Bbox;
import org.springframework.util.MultiValueMap;

/** Reads single-valued query parameters, recording a {@link FieldProblem} for each bad one. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The integer in [min, max], or {@code defaultValue} when absent (or invalid, with a problem). */
    public static int integer(MultiValueMap<String, String> params, String name, int defaultValue, int min, int max,
                              List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, text, "field.range", min, max));
        return defaultValue;
    }

    /** {@code true}/{@code false} (any case), or {@code null} when absent (or invalid, with a problem). */
    public static Boolean bool(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        problems.add(new FieldProblem(name, text, "field.notBoolean"));
        return null;
    }

    /** The {@code bbox} parameter, or {@code null} when absent (or invalid, with a problem). */
    public static Bbox bbox(MultiValueMap<String, String> params, List<FieldProblem> problems) {
        String text = params.getFirst("bbox");
        if (text == null) {
            return null;
        }
        try {
            return Bbox.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("bbox", text, "bbox.invalid", e.getMessage()));
            return null;
        }
    }
}
