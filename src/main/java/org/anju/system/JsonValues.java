package org.anju.system;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

import tools.jackson.core.JsonGenerator;

/**
 * Writes plain JDBC values (strings, numbers, booleans, dates, collections and maps of them) to a
 * streaming generator: dates as ISO-8601 text, decimals without trailing zeros.
 */
public final class JsonValues {

    private JsonValues() {
    }

    public static void write(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            BigDecimal plain = d.stripTrailingZeros();
            json.writeNumber(plain.scale() < 0 ? plain.setScale(0) : plain);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Date d) {
            json.writeString(d.toLocalDate().toString());
        } else if (value instanceof Timestamp t) {
            json.writeString(t.toInstant().toString());
        } else if (value instanceof OffsetDateTime t) {
            json.writeString(t.toString());
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeName(String.valueOf(e.getKey()).toLowerCase(java.util.Locale.ROOT));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeString(value.toString());
        }
    }
}
