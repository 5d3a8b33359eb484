package org.anju.sample.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plausible, unique names for generated villages in the style of the southern Shanxi plain:
 * an optional direction (东王村), a clan surname or a place word (孝陵村, 柳泉村), and a
 * settlement word that fits the landform — 庄, 坞, 堡, 营 on the plain; 峪, 沟, 坡 in the
 * foothills; 原, 坡, 窑 on the tableland (北杜坞村, 西行庄村, 上柳沟村).
 *
 * <p>A name is never given twice; {@link #reserve} claims fixed names (township seats, the 关
 * villages of the county seat) before generation.
 */
final class VillageNames {

    private static final List<String> DIRECTIONS = List.of("东", "西", "南", "北", "上", "下", "前", "后", "中");

    /** Clan surnames common in southern Shanxi; the first ones are the most frequent. */
    static final List<String> CLAN_SURNAMES = List.of(
            "王", "李", "张", "刘", "杨", "赵", "郭", "薛", "梁", "卫", "杜", "孙", "马", "段", "柴",
            "贾", "吴", "董", "范", "乔", "畅", "宁", "冯", "席", "苏", "程", "姚", "曹", "周", "阎",
            "任", "靳", "高", "史", "侯", "裴", "尉", "景", "柳", "毛");

    private static final List<String> PLACE_WORDS = List.of(
            "孝陵", "柳泉", "槐泉", "龙泉", "白水", "古堆", "苏阳", "福胜", "永安", "安乐", "兴隆",
            "三官", "官庄", "光马", "桥头", "泉头", "店头", "柏树", "枣园", "杏林", "樊", "坡底",
            "南梁", "西曲", "行", "光", "符", "辛", "吉", "屯里", "蒲城", "孙家", "李家", "席家",
            "东社", "西社", "北社", "南社", "观音", "庙后", "崔", "庄头", "新");

    private static final List<String> VALLEY_WORDS = List.of("", "", "庄", "坞", "堡", "营", "店", "寨", "屯", "里", "头", "桥");
    private static final List<String> FOOTHILL_WORDS = List.of("", "峪", "沟", "坡", "岭", "庄", "山", "洼");
    private static final List<String> TABLELAND_WORDS = List.of("", "原", "坡", "沟", "窑", "岭", "庄", "垣");

    private final Set<String> used = new HashSet<>();

    /** Claims a fixed name; returns false if it was already taken. */
    boolean reserve(String name) {
        return used.add(name);
    }

    /** A new, unused name such as 北杜坞村 and the clan surname it suggests (or a random one). */
    Named next(SplittableRandom random, Landform landform) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            Named candidate = compose(random, landform);
            if (used.add(candidate.name())) {
                return candidate;
            }
        }
        throw new IllegalStateException("ran out of village names");
    }

    private static Named compose(SplittableRandom random, Landform landform) {
        String direction = Draw.chance(random, 0.38) ? Draw.pick(random, DIRECTIONS) : "";
        String suffix = Draw.pick(random, switch (landform) {
            case FEN_VALLEY -> VALLEY_WORDS;
            case NORTHERN_FOOTHILLS -> FOOTHILL_WORDS;
            case EMEI_TABLELAND -> TABLELAND_WORDS;
        });
        if (Draw.chance(random, 0.62)) {
            String surname = CLAN_SURNAMES.get(skewedIndex(random, CLAN_SURNAMES.size()));
            String family = suffix.isEmpty() && Draw.chance(random, 0.25) ? "家庄" : suffix;
            return new Named(direction + surname + family + "村", surname);
        }
        String word = Draw.pick(random, PLACE_WORDS);
        boolean hasDirection = DIRECTIONS.contains(word.substring(0, 1));
        String ending = suffix.isEmpty() || word.contains(suffix) || word.length() > 1 && Draw.chance(random, 0.5) ? "" : suffix;
        return new Named((hasDirection ? "" : direction) + word + ending + "村",
                CLAN_SURNAMES.get(skewedIndex(random, CLAN_SURNAMES.size())));
    }

    /** An index in [0, size) favouring the start of the list. */
    static int skewedIndex(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return (int) (u * u * size);
    }

    /** A village name and the clan surname that dominates it. */
    record Named(String name, String clanSurname) {
    }
}
