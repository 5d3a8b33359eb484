package org.anju.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.anju.system.Labelled;

/**
 * Reads the mapped fields of one record and collects a {@link RowError} for each value that cannot
 * be used, naming the column as it is called in the file. A failed read returns {@code null}; the
 * row is rejected when {@link #errors()} is not empty.
 */
final class RowCheck {

    private final SourceRecord record;
    private final FieldMapping mapping;
    private final List<RowError> errors = new ArrayList<>();
    /** Fields already refused for a control character: reported once, not again as missing. */
    private final java.util.Set<AnjuField> controlled = java.util.EnumSet.noneOf(AnjuField.class);

    RowCheck(SourceRecord record, FieldMapping mapping) {
        this.record = record;
        this.mapping = mapping;
    }

    long row() {
        return record.row();
    }

    List<RowError> errors() {
        return errors;
    }

    void error(String field, Object value, String key, Object... args) {
        errors.add(new RowError(record.row(), field, value, key, args));
    }

    void error(AnjuField field, Object value, String key, Object... args) {
        error(column(field), value, key, args);
    }

    /** The column of {@code field} as named in the file, else the Anju field name. */
    String column(AnjuField field) {
        String column = mapping.column(field);
        return column != null ? column : field.key();
    }

    /**
     * The value of {@code field} as the source gave it; {@code null} when missing or blank. The one
     * control-character check of every import format is here: a text with a control character
     * other than TAB, CR and LF anywhere in it (blanks around it are cut first, control characters
     * are not blanks) is refused with {@code field.controlCharacter} — whatever the field's type —
     * and reads as {@code null}.
     */
    Object raw(AnjuField field) {
        Object value = mapping.value(record, field);
        if (!(value instanceof String s)) {
            return value;
        }
        String text = CellValues.stripBlanks(s);
        if (text.isEmpty()) {
            return null;
        }
        int control = org.anju.system.JsonFields.controlCharacter(text);
        if (control >= 0) {
            if (controlled.add(field)) {
                error(field, text, "field.controlCharacter", String.format("U+%04X", control));
            }
            return null;
        }
        return value;
    }

    /** No value for {@code field} in this record — one refused for a control character is not missing. */
    boolean missing(AnjuField field) {
        return raw(field) == null && !controlled.contains(field);
    }

    String text(AnjuField field, boolean required, int maxLength) {
        String text = CellValues.text(raw(field));
        if (text == null) {
            if (required && !controlled.contains(field)) {
                error(field, null, "field.required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            error(field, text, "field.tooLong", maxLength);
            return null;
        }
        return text;
    }

    /** A required house or household code in the one grammar of {@link org.anju.system.RecordCode}. */
    String code(AnjuField field) {
        String code = text(field, true, org.anju.system.RecordCode.MAX_LENGTH);
        if (code == null) {
            return null;
        }
        String key = org.anju.system.RecordCode.problem(code);
        if (key != null) {
            error(field, code, key, org.anju.system.RecordCode.MAX_LENGTH);
            return null;
        }
        return code;
    }

    Integer integer(AnjuField field, int min, int max) {
        Object raw = raw(field);
        if (raw == null) {
            return null;
        }
        Integer value = CellValues.integer(raw);
        if (value == null) {
            error(field, CellValues.text(raw), "field.notInteger");
            return null;
        }
        if (value < min || value > max) {
            error(field, value, "field.range", min, max);
            return null;
        }
        return value;
    }

    Integer year(AnjuField field, int min, int max) {
        Object raw = raw(field);
        if (raw == null) {
            return null;
        }
        Integer year = CellValues.year(raw);
        if (year == null) {
            error(field, CellValues.text(raw), "import.value.notYear");
            return null;
        }
        if (year < min || year > max) {
            error(field, year, "field.range", min, max);
            return null;
        }
        return year;
    }

    BigDecimal decimal(AnjuField field, BigDecimal min, BigDecimal max, int scale) {
        Object raw = raw(field);
        if (raw == null) {
            return null;
        }
        BigDecimal value = CellValues.decimal(raw);
        if (value == null) {
            error(field, CellValues.text(raw), "field.notNumber");
            return null;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            error(field, value.toPlainString(), "field.range", min, max);
            return null;
        }
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    LocalDate date(AnjuField field, boolean notInFuture) {
        Object raw = raw(field);
        if (raw == null) {
            return null;
        }
        LocalDate date = CellValues.date(raw);
        if (date == null) {
            error(field, CellValues.text(raw), "import.value.notDate");
            return null;
        }
        if (notInFuture && date.isAfter(LocalDate.now())) {
            error(field, date, "date.future");
            return null;
        }
        return date;
    }

    Boolean bool(AnjuField field) {
        Object raw = raw(field);
        if (raw == null) {
            return null;
        }
        Boolean value = CellValues.bool(raw);
        if (value == null) {
            error(field, CellValues.text(raw), "import.value.notYesNo");
        }
        return value;
    }

    <E extends Enum<E> & Labelled> E word(AnjuField field, Class<E> type, Function<String, E> parser) {
        String text = CellValues.text(raw(field));
        if (text == null) {
            return null;
        }
        E value = parser.apply(text);
        if (value == null) {
            error(field, text, "import.value.unknownWord", DomainValues.accepted(type));
        }
        return value;
    }
}
