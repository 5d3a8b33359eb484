package org.anju.sample.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;

/**
 * The properties of one GeoJSON feature, written in the order they were put. Values are
 * strings, integers, booleans, fixed-decimal numbers or null; dates are written as
 * {@code YYYY-MM-DD} strings.
 */
final class FeatureProperties {

    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    FeatureProperties put(String name, String value) {
        return add(name, value);
    }

    FeatureProperties put(String name, int value) {
        return add(name, value);
    }

    FeatureProperties put(String name, boolean value) {
        return add(name, value);
    }

    /** A date as {@code YYYY-MM-DD}, or null. */
    FeatureProperties put(String name, LocalDate value) {
        return add(name, value == null ? null : value.toString());
    }

    /** An enum constant by name, or null. */
    FeatureProperties put(String name, Enum<?> value) {
        return add(name, value == null ? null : value.name());
    }

    /** A number with at most {@code decimals} decimals (see {@link Decimals}). */
    FeatureProperties putDecimal(String name, double value, int decimals) {
        return add(name, new FixedDecimal(Decimals.format(value, decimals)));
    }

    void writeTo(JsonGenerator json) {
        json.writeStartObject();
        for (int i = 0; i < names.size(); i++) {
            json.writeName(names.get(i));
            Object value = values.get(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof String s) {
                json.writeString(s);
            } else if (value instanceof Integer n) {
                json.writeNumber(n);
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof FixedDecimal d) {
                json.writeNumber(d.text());
            }
        }
        json.writeEndObject();
    }

    private FeatureProperties add(String name, Object value) {
        names.add(name);
        values.add(value);
        return this;
    }

    private record FixedDecimal(String text) {
    }
}
