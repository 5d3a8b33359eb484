package org.anju.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a list-valued query parameter given as {@code grade=C,D} or {@code grade=C&grade=D}.
 * Unknown values become field problems naming the parameter and the value.
 */
public final class ListParameter {

    private ListParameter() {
    }

    /**
     * @param raw    the parameter's values as received ({@code null} or empty: not given)
     * @param parse  maps one trimmed value to its typed form, {@code null} when unknown
     * @param expect what a valid value looks like, for the message
     * @return the distinct parsed values in order of appearance; empty when not given
     */
    public static <T> Set<T> parse(String name, List<String> raw, Function<String, T> parse, String expect,
                                   List<FieldProblem> problems) {
        Set<T> values = new LinkedHashSet<>();
        if (raw == null) {
            return values;
        }
        for (String part : split(raw)) {
            T value = parse.apply(part);
            if (value == null) {
                problems.add(new FieldProblem(name, part, "enum.unknown", expect));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private static List<String> split(List<String> raw) {
        List<String> parts = new ArrayList<>();
        for (String value : raw) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }
}
