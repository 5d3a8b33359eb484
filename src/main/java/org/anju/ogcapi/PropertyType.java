package org.anju.ogcapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import org.anju.export.ColumnType;

/**
 * The type of a layer property: its JSON Schema in {@code /queryables}, the export column type, and
 * how a filter literal is turned into the value bound for it.
 */
enum PropertyType {
    STRING("string", null, ColumnType.TEXT),
    INTEGER("integer", null, ColumnType.INTEGER),
    NUMBER("number", null, ColumnType.DECIMAL),
    DATE("string", "date", ColumnType.DATE),
    BOOLEAN("boolean", null, ColumnType.BOOLEAN);

    private final String jsonType;
    private final String format;
    private final ColumnType columnType;

    PropertyType(String jsonType, String format, ColumnType columnType) {
        this.jsonType = jsonType;
        this.format = format;
        this.columnType = columnType;
    }

    String jsonType() {
        return jsonType;
    }

    /** JSON Schema {@code format}, or null. */
    String format() {
        return format;
    }

    ColumnType columnType() {
        return columnType;
    }

    /**
     * The literal as the value to bind for a property of this type.
     *
     * @throws IllegalArgumentException when the literal is not of this type
     */
    Object coerce(Object literal) {
        if (literal == null) {
            throw new IllegalArgumentException("null");
        }
        String text = literal instanceof Date ? null : literal.toString().strip();
        return switch (this) {
            case STRING -> literal instanceof Date ? dateOf((Date) literal).toString() : literal.toString();
            case INTEGER -> {
                if (literal instanceof Long || literal instanceof Integer) {
                    yield ((Number) literal).longValue();
                }
                try {
                    yield new BigDecimal(text).longValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new IllegalArgumentException("not an integer: " + literal);
                }
            }
            case NUMBER -> {
                try {
                    yield literal instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number: " + literal);
                }
            }
            case DATE -> literal instanceof Date d ? dateOf(d) : parseDate(text);
            case BOOLEAN -> {
                if (literal instanceof Boolean b) {
                    yield b;
                }
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    yield Boolean.valueOf(text.toLowerCase(Locale.ROOT));
                }
                throw new IllegalArgumentException("not a boolean: " + literal);
            }
        };
    }

    private static LocalDate dateOf(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * A date from {@code 2024-03-01}, {@code 2024-03-01T} (as GDAL 3.6 writes dates in CQL) or a
     * date-time {@code 2024-03-01T08:00:00Z} (its UTC date).
     */
    static LocalDate parseDate(String text) {
        try {
            if (text.length() > 10 && text.charAt(10) == 'T' && text.length() > 11) {
                return java.time.OffsetDateTime.parse(text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                        ? text : text + "Z").atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            }
            return LocalDate.parse(text.length() == 11 && text.endsWith("T") ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + text);
        }
    }
}
