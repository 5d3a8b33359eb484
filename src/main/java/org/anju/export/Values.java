package org.anju.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks and normalises row values, and formats them for people. After {@link #normalize} a value
 * is {@code null}, {@code String} (TEXT), {@code Long} (INTEGER), {@code BigDecimal} (DECIMAL),
 * {@code LocalDate} (DATE) or {@code Boolean} (BOOLEAN).
 */
final class Values {

    static final String YES = "是";
    static final String NO = "否";
    /** Label of the group of rows whose group value is empty. */
    static final String NO_GROUP = "未分组";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Values() {
    }

    /**
     * The row's values, checked against the schema and normalised into a new array.
     *
     * @throws IllegalArgumentException naming the column when a value has the wrong type, or when the
     *                                  number of values differs from the number of columns
     */
    static Object[] normalize(TableSchema schema, ExportRow row) {
        List<Column> columns = schema.columns();
        Object[] values = row.values();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values, the schema "
                    + columns.size() + " columns");
        }
        Object[] normalized = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            normalized[i] = normalize(columns.get(i), values[i]);
        }
        return normalized;
    }

    static Object normalize(Column column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> value.toString();
            case INTEGER -> integer(column, value);
            case DECIMAL -> decimal(column, value);
            case DATE -> date(column, value);
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw wrongType(column, value);
            }
        };
    }

    private static Long integer(Column column, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        throw wrongType(column, value);
    }

    private static BigDecimal decimal(Column column, Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return null;
            }
            BigDecimal plain = BigDecimal.valueOf(d).stripTrailingZeros();
            return plain.scale() < 0 ? plain.setScale(0) : plain;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        throw wrongType(column, value);
    }

    private static LocalDate date(Column column, Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw wrongType(column, value);
    }

    private static IllegalArgumentException wrongType(Column column, Object value) {
        return new IllegalArgumentException("column " + column.key() + " (" + column.type() + ") cannot take a "
                + value.getClass().getSimpleName() + ": " + value);
    }

    /** A normalised value as people read it: empty for null, 是/否, ISO dates, plain decimals. */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? YES : NO;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /** The display text of a row's group value; {@link #NO_GROUP} when empty. */
    static String group(Object value) {
        String text = display(value).strip();
        return text.isEmpty() ? NO_GROUP : text;
    }

    /** A coordinate with exactly 7 decimals (≈ 1 cm), e.g. {@code 111.2000000}; empty for NaN. */
    static String coordinate(double degrees) {
        if (Double.isNaN(degrees)) {
            return "";
        }
        return BigDecimal.valueOf(Math.round(degrees * 1e7), 7).toPlainString();
    }

    /**
     * Guards against CSV formula injection (OWASP): text starting with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe, unless it is a plain number such as {@code -12.5}.
     */
    static String csvSafe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
