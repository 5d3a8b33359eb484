package org.anju.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.house.AssessmentKind;
import org.anju.house.Occupancy;
import org.anju.house.SafetyGrade;
import org.anju.house.SeismicMeasures;
import org.anju.house.StructureType;
import org.anju.system.Labelled;

/**
 * The words county files use for Anju's enumerations: grades ("A", "A级", "C级危房", "局部危房"),
 * structures ("砖混", "砖混结构", "土坯"), occupancy ("是/否", "空置", "季节性居住"), seismic measures
 * and assessment kinds — besides the English codes and the labels of the enums themselves.
 * {@code null} means "not a word we know"; the caller reports it with the accepted values.
 */
final class DomainValues {

    private static final Pattern GRADE_LETTER = Pattern.compile("^([ABCD])(级)?(危房|房屋|安全|基本安全|局部危房|整栋危房)?(\\(.*\\))?$");

    private static final Map<String, SafetyGrade> GRADES = Map.ofEntries(
            Map.entry("安全", SafetyGrade.A), Map.entry("基本安全", SafetyGrade.B),
            Map.entry("局部危房", SafetyGrade.C), Map.entry("局部危险", SafetyGrade.C),
            Map.entry("整栋危房", SafetyGrade.D), Map.entry("整体危险", SafetyGrade.D), Map.entry("整栋危险", SafetyGrade.D),
            Map.entry("未评定", SafetyGrade.UNASSESSED), Map.entry("未鉴定", SafetyGrade.UNASSESSED),
            Map.entry("待鉴定", SafetyGrade.UNASSESSED), Map.entry("待评定", SafetyGrade.UNASSESSED));

    private static final Map<String, StructureType> STRUCTURES = Map.ofEntries(
            Map.entry("土木", StructureType.EARTH_WOOD), Map.entry("生土", StructureType.EARTH_WOOD),
            Map.entry("土坯", StructureType.EARTH_WOOD), Map.entry("夯土", StructureType.EARTH_WOOD),
            Map.entry("土木/生土", StructureType.EARTH_WOOD), Map.entry("生土/土木", StructureType.EARTH_WOOD),
            Map.entry("砖木", StructureType.BRICK_WOOD),
            Map.entry("砖混", StructureType.BRICK_CONCRETE), Map.entry("砖石混合", StructureType.BRICK_CONCRETE),
            Map.entry("混合", StructureType.BRICK_CONCRETE), Map.entry("砌体", StructureType.BRICK_CONCRETE),
            Map.entry("石木", StructureType.STONE), Map.entry("石砌", StructureType.STONE), Map.entry("石", StructureType.STONE),
            Map.entry("石木/石砌", StructureType.STONE), Map.entry("石混", StructureType.STONE),
            Map.entry("框架", StructureType.FRAME), Map.entry("钢混", StructureType.FRAME),
            Map.entry("钢筋混凝土", StructureType.FRAME), Map.entry("混凝土", StructureType.FRAME),
            Map.entry("钢", StructureType.FRAME), Map.entry("轻钢", StructureType.FRAME),
            Map.entry("窑洞", StructureType.CAVE), Map.entry("土窑", StructureType.CAVE), Map.entry("石窑", StructureType.CAVE),
            Map.entry("砖窑", StructureType.CAVE), Map.entry("靠崖窑", StructureType.CAVE),
            Map.entry("其他", StructureType.OTHER), Map.entry("其它", StructureType.OTHER));

    private static final Map<String, Occupancy> OCCUPANCY = Map.ofEntries(
            Map.entry("是", Occupancy.OCCUPIED), Map.entry("住人", Occupancy.OCCUPIED), Map.entry("有人居住", Occupancy.OCCUPIED),
            Map.entry("居住", Occupancy.OCCUPIED), Map.entry("常住", Occupancy.OCCUPIED), Map.entry("在住", Occupancy.OCCUPIED),
            Map.entry("y", Occupancy.OCCUPIED), Map.entry("yes", Occupancy.OCCUPIED), Map.entry("true", Occupancy.OCCUPIED),
            Map.entry("否", Occupancy.VACANT), Map.entry("空置", Occupancy.VACANT), Map.entry("无人居住", Occupancy.VACANT),
            Map.entry("闲置", Occupancy.VACANT), Map.entry("不住人", Occupancy.VACANT), Map.entry("未居住", Occupancy.VACANT),
            Map.entry("n", Occupancy.VACANT), Map.entry("no", Occupancy.VACANT), Map.entry("false", Occupancy.VACANT),
            Map.entry("季节性", Occupancy.SEASONAL), Map.entry("季节性居住", Occupancy.SEASONAL),
            Map.entry("偶尔居住", Occupancy.SEASONAL), Map.entry("节假日居住", Occupancy.SEASONAL),
            Map.entry("已搬离", Occupancy.MOVED_OUT), Map.entry("搬离", Occupancy.MOVED_OUT), Map.entry("已搬出", Occupancy.MOVED_OUT),
            Map.entry("已拆除", Occupancy.DEMOLISHED), Map.entry("拆除", Occupancy.DEMOLISHED));

    private static final Map<String, SeismicMeasures> SEISMIC = Map.ofEntries(
            Map.entry("是", SeismicMeasures.YES), Map.entry("有", SeismicMeasures.YES), Map.entry("y", SeismicMeasures.YES),
            Map.entry("否", SeismicMeasures.NO), Map.entry("无", SeismicMeasures.NO), Map.entry("n", SeismicMeasures.NO),
            Map.entry("不详", SeismicMeasures.UNKNOWN), Map.entry("不清楚", SeismicMeasures.UNKNOWN),
            Map.entry("未知", SeismicMeasures.UNKNOWN));

    private static final Map<String, AssessmentKind> KINDS = Map.of(
            "评定", AssessmentKind.APPRAISAL, "鉴定", AssessmentKind.FORMAL,
            "第三方鉴定", AssessmentKind.FORMAL, "正式鉴定", AssessmentKind.FORMAL);

    private DomainValues() {
    }

    /**
     * The words of one file repeat endlessly: each parser remembers its answers for up to
     * {@value #CACHED} distinct words (beyond that it parses every time).
     */
    private static final int CACHED = 4096;

    private static final class Remembered<E> {
        private final ConcurrentHashMap<String, Optional<E>> answers =
                new ConcurrentHashMap<>();
        private final Function<String, E> parser;

        Remembered(Function<String, E> parser) {
            this.parser = parser;
        }

        E apply(String text) {
            Optional<E> known = answers.get(text);
            if (known != null) {
                return known.orElse(null);
            }
            E value = parser.apply(text);
            if (answers.size() < CACHED) {
                answers.put(text, Optional.ofNullable(value));
            }
            return value;
        }
    }

    private static final Remembered<SafetyGrade> GRADE_WORDS = new Remembered<>(DomainValues::parseGrade);
    private static final Remembered<StructureType> STRUCTURE_WORDS = new Remembered<>(DomainValues::parseStructure);
    private static final Remembered<Occupancy> OCCUPANCY_WORDS = new Remembered<>(
            t -> lookup(Occupancy.class, OCCUPANCY, plain(t)));
    private static final Remembered<SeismicMeasures> SEISMIC_WORDS = new Remembered<>(
            t -> lookup(SeismicMeasures.class, SEISMIC, plain(t)));
    private static final Remembered<AssessmentKind> KIND_WORDS = new Remembered<>(
            t -> lookup(AssessmentKind.class, KINDS, plain(t)));

    static SafetyGrade grade(String text) {
        return GRADE_WORDS.apply(text);
    }

    static StructureType structure(String text) {
        return STRUCTURE_WORDS.apply(text);
    }

    static Occupancy occupancy(String text) {
        return OCCUPANCY_WORDS.apply(text);
    }

    static SeismicMeasures seismicMeasures(String text) {
        return SEISMIC_WORDS.apply(text);
    }

    static AssessmentKind assessmentKind(String text) {
        return KIND_WORDS.apply(text);
    }

    private static SafetyGrade parseGrade(String text) {
        String t = plain(text).toUpperCase(Locale.ROOT);
        Matcher m = GRADE_LETTER.matcher(t);
        if (m.matches()) {
            return SafetyGrade.valueOf(m.group(1));
        }
        return lookup(SafetyGrade.class, GRADES, t);
    }

    private static StructureType parseStructure(String text) {
        String t = plain(text);
        if (t.endsWith("结构") && t.length() > 2) {
            t = t.substring(0, t.length() - 2);
        }
        return lookup(StructureType.class, STRUCTURES, t);
    }

    /** The accepted words for {@code type}, for the error message: codes and labels. */
    static <E extends Enum<E> & Labelled> String accepted(Class<E> type) {
        StringBuilder s = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(constant.label());
        }
        return s.toString();
    }

    private static <E extends Enum<E> & Labelled> E lookup(Class<E> type, Map<String, E> words, String text) {
        E word = words.get(text.toLowerCase(Locale.ROOT));
        if (word != null) {
            return word;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text) || plain(constant.label()).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private static String plain(String text) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(normal).replaceAll("");
    }
}
