package org.anju.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.hazard.DisasterType;

/**
 * The words and numbers hazard files use: disaster types ("洪涝", "洪水", "内涝", "台风" …, the
 * English codes and the labels of {@link DisasterType}) and severity classes, which are put in
 * order so that a footprint without a {@code severity_rank} column still tells which class is worse.
 * {@code null} means "not a word we know".
 */
final class HazardValues {

    private static final Map<String, DisasterType> DISASTER_TYPES = Map.ofEntries(
            Map.entry("洪涝", DisasterType.FLOOD), Map.entry("洪水", DisasterType.FLOOD), Map.entry("洪灾", DisasterType.FLOOD),
            Map.entry("水灾", DisasterType.FLOOD), Map.entry("洪涝灾害", DisasterType.FLOOD), Map.entry("山洪", DisasterType.FLOOD),
            Map.entry("内涝", DisasterType.WATERLOGGING), Map.entry("城市内涝", DisasterType.WATERLOGGING),
            Map.entry("渍涝", DisasterType.WATERLOGGING), Map.entry("积水", DisasterType.WATERLOGGING),
            Map.entry("滑坡", DisasterType.LANDSLIDE), Map.entry("山体滑坡", DisasterType.LANDSLIDE),
            Map.entry("崩塌", DisasterType.LANDSLIDE), Map.entry("泥石流", DisasterType.DEBRIS_FLOW),
            Map.entry("地震", DisasterType.EARTHQUAKE),
            Map.entry("风灾", DisasterType.WINDSTORM), Map.entry("大风", DisasterType.WINDSTORM),
            Map.entry("台风", DisasterType.WINDSTORM), Map.entry("龙卷风", DisasterType.WINDSTORM),
            Map.entry("风雹", DisasterType.WINDSTORM),
            Map.entry("雪灾", DisasterType.SNOW_ICE), Map.entry("冰冻", DisasterType.SNOW_ICE),
            Map.entry("冰雪", DisasterType.SNOW_ICE), Map.entry("低温雨雪冰冻", DisasterType.SNOW_ICE),
            Map.entry("其他", DisasterType.OTHER), Map.entry("其它", DisasterType.OTHER));

    /** Severity words, mildest first: their position (1-based) orders them. */
    private static final List<List<String>> SEVERITY_WORDS = List.of(
            List.of("轻微", "轻度", "轻", "低", "低风险", "一般", "小"),
            List.of("中度", "中等", "中", "较重", "较大", "中风险"),
            List.of("重度", "严重", "重", "高", "高风险", "重大", "大"),
            List.of("极重", "特重", "特别严重", "极高", "极高风险", "特别重大", "特大"));

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern ROMAN_DEGREES = Pattern.compile("^([IVX]+)度?$");
    private static final Pattern BELOW = Pattern.compile("<|≤|小于|低于|以下|不足|不到");
    private static final Pattern ABOVE = Pattern.compile(">|≥|大于|高于|以上|超过");

    private HazardValues() {
    }

    static DisasterType disasterType(String text) {
        String t = plain(text);
        if (t.endsWith("灾害") && t.length() > 2 && DISASTER_TYPES.containsKey(t.substring(0, t.length() - 2))) {
            t = t.substring(0, t.length() - 2);
        }
        DisasterType type = DISASTER_TYPES.get(t);
        if (type != null) {
            return type;
        }
        for (DisasterType constant : DisasterType.values()) {
            if (constant.name().equalsIgnoreCase(t) || plain(constant.label()).equals(t)) {
                return constant;
            }
        }
        return null;
    }

    /**
     * A number that puts severity classes in order (higher = worse), or {@code null} when the
     * class cannot be ordered. Numbers: a depth or intensity as such ({@code 1.5}, {@code "1.5m"});
     * a range by its middle ({@code "水深0.5–1.5m"} → 1.0); "below x" just under x ({@code "<0.5m"},
     * {@code "0.5米以下"}), "above x" just over it ({@code ">1.5m"}, {@code "1.5米以上"}). Roman
     * intensities ({@code "Ⅷ度"}) count as their number. Words: 轻 < 中 < 重 < 特重 and their
     * variants ({@link #SEVERITY_WORDS}).
     */
    static Double severityOrder(Object value) {
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String text = CellValues.text(value);
        if (text == null) {
            return null;
        }
        String t = plain(text).toUpperCase(Locale.ROOT);
        Matcher roman = ROMAN_DEGREES.matcher(t);
        if (roman.matches()) {
            int degrees = roman(roman.group(1));
            return degrees > 0 ? (double) degrees : null;
        }
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        if (numbers.size() == 1) {
            double x = numbers.get(0);
            if (BELOW.matcher(t).find()) {
                return x - 1e-6;
            }
            return ABOVE.matcher(t).find() ? x + 1e-6 : x;
        }
        if (numbers.size() == 2) {
            return (numbers.get(0) + numbers.get(1)) / 2;
        }
        if (!numbers.isEmpty()) {
            return null;
        }
        String word = t.replaceAll("(程度|等级|级|区|影响区|受灾区|淹没区)$", "");
        for (int i = SEVERITY_WORDS.size() - 1; i >= 0; i--) {
            if (SEVERITY_WORDS.get(i).contains(word)) {
                return (double) (i + 1);
            }
        }
        return null;
    }

    /**
     * A design seismic intensity in degrees: {@code 7}, {@code "7度"}, {@code "Ⅶ度"}, {@code "VII"};
     * {@code null} when it is none (the range 6–9 is the caller's check).
     */
    static Integer intensity(Object value) {
        String text = CellValues.text(value);
        if (text == null) {
            return null;
        }
        String t = plain(text).toUpperCase(Locale.ROOT).replaceFirst("度$", "");
        if (t.matches("[IVX]+")) {
            int degrees = roman(t);
            return degrees > 0 ? degrees : null;
        }
        return CellValues.integer(t);
    }

    /** A design peak ground acceleration in g: {@code 0.15}, {@code "0.15g"}, {@code "0.15 g"}; {@code null} when none. */
    static BigDecimal pga(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        String text = CellValues.text(value);
        if (text == null) {
            return null;
        }
        return CellValues.decimal(plain(text).replaceFirst("(?i)g$", ""));
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total <= 12 ? total : 0;
    }

    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
