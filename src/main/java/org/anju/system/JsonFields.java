package org.anju.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object and collects a {@link FieldProblem} for every field that is
 * missing, of the wrong type or out of range, instead of stopping at the first. Field names in
 * problems carry {@code prefix} (e.g. {@code properties.grade}) so the caller knows where to look.
 * A read that fails returns {@code null}; call {@link #throwIfInvalid()} when all fields are read.
 */
public final class JsonFields {

    private final JsonNode object;
    private final String prefix;
    private final List<FieldProblem> problems;

    public JsonFields(JsonNode object, String prefix, List<FieldProblem> problems) {
        this.object = object;
        this.prefix = prefix;
        this.problems = problems;
    }

    public JsonFields(JsonNode object, String prefix) {
        this(object, prefix, new ArrayList<>());
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public void problem(String field, Object value, String key, Object... args) {
        problems.add(new FieldProblem(prefix + field, value, key, args));
    }

    /** 422 with every problem collected so far, if any. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
    }

    public boolean has(String field) {
        JsonNode v = object.get(field);
        return v != null && !v.isNull();
    }

    public JsonNode node(String field) {
        return object.get(field);
    }

    public String text(String field, boolean required, int maxLength) {
        String sent = sentText(field, required, true);
        if (sent == null) {
            return null;
        }
        String text = sent.strip();
        if (text.length() > maxLength) {
            problem(field, text, "field.tooLong", maxLength);
            return null;
        }
        return withoutControlCharacters(field, text);
    }

    /**
     * A house or household code as sent ({@link RecordCode}): not stripped, so that a code with a
     * leading or trailing space is refused rather than quietly changed.
     */
    public String code(String field, boolean required) {
        String code = withoutControlCharacters(field, sentText(field, required, false));
        if (code == null) {
            return null;
        }
        String key = RecordCode.problem(code);
        if (key != null) {
            problem(field, code, key, RecordCode.MAX_LENGTH);
            return null;
        }
        return code;
    }

    /** The field's text as sent (a number as its digits), or null with a problem when it is not text. */
    private String sentText(String field, boolean required, boolean blankIsMissing) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()
                || (v.isString() && (blankIsMissing ? v.stringValue().isBlank() : v.stringValue().isEmpty()))) {
            if (required) {
                problem(field, null, "field.required");
            }
            return null;
        }
        if (!v.isString() && !v.isNumber()) {
            problem(field, v.toString(), "field.notText");
            return null;
        }
        return v.asString();
    }

    private String withoutControlCharacters(String field, String text) {
        if (text == null) {
            return null;
        }
        int control = controlCharacter(text);
        if (control >= 0) {
            problem(field, text, "field.controlCharacter", String.format("U+%04X", control));
            return null;
        }
        return text;
    }

    /**
     * The first control character of {@code text} other than tab, line feed and carriage return, or
     * -1. NUL cannot be stored in PostgreSQL text at all, and escape sequences have no place in a
     * name, a code or an address.
     */
    public static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    public Integer integer(String field, boolean required, int min, int max) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(field, null, "field.required");
            }
            return null;
        }
        Integer value = null;
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            value = v.intValue();
        } else if (v.isString()) {
            try {
                value = Integer.valueOf(v.stringValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (value == null) {
            problem(field, v.asString(), "field.notInteger");
            return null;
        }
        if (value < min || value > max) {
            problem(field, value, "field.range", min, max);
            return null;
        }
        return value;
    }

    public BigDecimal decimal(String field, boolean required, BigDecimal min, BigDecimal max) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(field, null, "field.required");
            }
            return null;
        }
        BigDecimal value = null;
        try {
            value = v.isNumber() ? v.decimalValue() : v.isString() ? new BigDecimal(v.stringValue().strip()) : null;
        } catch (NumberFormatException e) {
            // reported below
        }
        if (value == null) {
            problem(field, v.asString(), "field.notNumber");
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problem(field, value, "field.range", min, max);
            return null;
        }
        return value;
    }

    public LocalDate date(String field, boolean required) {
        String text = text(field, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, text, "field.notDate");
            return null;
        }
    }

    public Boolean bool(String field, boolean defaultValue) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return defaultValue;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        problem(field, v.asString(), "field.notBoolean");
        return defaultValue;
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required, E defaultValue) {
        String text = text(field, required, 40);
        if (text == null) {
            return required ? null : defaultValue;
        }
        E value = parseEnum(type, text);
        if (value == null) {
            problem(field, text, "enum.unknown", Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** The constant named {@code text} (any case), or {@code null}. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** Rejects fields that are not among {@code known}: a misspelt field must not be silently ignored. */
    public void rejectUnknown(java.util.Collection<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, null, "field.unknown");
            }
        }
    }
}
