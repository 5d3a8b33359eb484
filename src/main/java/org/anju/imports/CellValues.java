package org.anju.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values people type into county sheets: numbers with units or thousands separators
 * ("120.5㎡", "1,200"), dates in the usual Chinese forms ("2024-03-01", "2024/3/1", "2024.3.1",
 * "20240301", "2024年3月1日", Excel serial numbers), yes/no in Chinese and English ("是/否", "有/无",
 * "Y/N", "√"), and coordinates in decimal degrees or degree-minute-second text ("111°12'30.5\"",
 * "111度12分30.5秒", "E111°12′30.5″", "35 36 12.5", "111°12.5'"). Each method returns {@code null}
 * when the text cannot be read; the caller reports the row.
 */
final class CellValues {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?|[-+]?\\.[0-9]+");
    private static final Pattern UNITS = Pattern.compile("(㎡|m²|m2|平方米|平米|平方|层|年|米|m|人|口)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s.*)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}(\\.0+)?\\s*(年代?|年)?");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final Pattern EXCEL_DAY = Pattern.compile("\\d{5}(\\.0+)?");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern DMS = Pattern.compile(
            "^\\s*(东经|西经|北纬|南纬|[NSEWnsew])?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*(?:°|度|:|\\s|º|˚)\\s*"
                    + "(?:(\\d{1,2}(?:\\.\\d+)?)\\s*(?:'|′|分|:|\\s|’)?\\s*)?"
                    + "(?:(\\d{1,2}(?:\\.\\d+)?)\\s*(?:\"|″|秒|''|”|′′)?\\s*)?"
                    + "([NSEWnsew])?\\s*$");

    private CellValues() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String text = stripBlanks(value.toString());
        return text.isEmpty() ? null : text;
    }

    /**
     * {@code text} without white space at either end — but control characters other than tab, CR
     * and LF are content, not blanks: they stay, so that the row check refuses them (422).
     */
    static String stripBlanks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** White space that is cut around a value: not a control character other than TAB, CR and LF. */
    static boolean blank(char c) {
        return Character.isWhitespace(c) && (!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r');
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        text = UNITS.matcher(text.replace('，', ',').replace('．', '.')).replaceAll("").strip();
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /** An integer; {@code null} when not a number or not whole ("2.5" storeys). */
    static Integer integer(Object value) {
        BigDecimal d = decimal(value);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            if (EIGHT_DIGITS.matcher(text).matches()) {
                return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
            }
            Matcher m = YMD.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (EXCEL_DAY.matcher(text).matches()) { // an Excel serial day number that reached us as text
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.replaceAll("\\..*", "")));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A year ("1998", "1998年", "1998-05-01", "1990年代" → 1990). */
    static Integer year(Object value) {
        if (value instanceof LocalDate d) {
            return d.getYear();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (YEAR.matcher(text).matches()) {
            return Integer.valueOf(text.substring(0, 4));
        }
        LocalDate date = date(text);
        if (date != null) {
            return date.getYear();
        }
        Matcher ym = YM.matcher(text);
        return ym.matches() ? Integer.valueOf(ym.group(1)) : null;
    }

    static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "有", "y", "yes", "true", "t", "1", "√", "✓", "住人", "居住" -> Boolean.TRUE;
            case "否", "无", "没有", "n", "no", "false", "f", "0", "×", "✗", "不住人", "未居住" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * Degrees from decimal or degree-minute-second text; negative for S/W or 南纬/西经. {@code null}
     * when unreadable or minutes/seconds ≥ 60.
     */
    static Double degrees(Object value) {
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        BigDecimal plain = decimal(text);
        if (plain != null && !text.contains(" ")) {
            return plain.doubleValue();
        }
        Matcher m = DMS.matcher(text);
        if (!m.matches() || (m.group(3) == null && m.group(4) != null)) {
            return null;
        }
        double degrees = Double.parseDouble(m.group(2));
        double minutes = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        double seconds = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
        if (minutes >= 60 || seconds >= 60 || (m.group(3) != null && degrees != Math.floor(degrees))) {
            return null;
        }
        double result = degrees + minutes / 60 + seconds / 3600;
        String hemisphere = (m.group(1) == null ? "" : m.group(1)) + (m.group(5) == null ? "" : m.group(5));
        hemisphere = hemisphere.toUpperCase(Locale.ROOT);
        if (hemisphere.contains("S") || hemisphere.contains("W") || hemisphere.contains("南") || hemisphere.contains("西")) {
            result = -result;
        }
        return result;
    }
}
