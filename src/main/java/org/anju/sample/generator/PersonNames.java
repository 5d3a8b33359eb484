package org.anju.sample.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic Chinese personal names: a surname common in southern Shanxi (often the village's
 * clan surname) and a given name typical of the person's generation and sex — 建国, 桂兰 for
 * people born before 1965, 伟, 丽娟 after. Names are made up and not linked to any real person.
 */
final class PersonNames {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "杨", "赵", "郭", "薛", "梁", "卫", "杜", "孙", "马", "段", "柴",
        "贾", "吴", "董", "范", "乔", "畅", "宁", "冯", "席", "苏", "程", "姚", "曹", "周", "阎",
        "任", "靳", "高", "史", "侯", "裴", "尉", "景", "柳", "毛"};
    private static final double[] SURNAME_WEIGHTS = {
        8, 7, 7, 5, 4, 3, 4, 2.5, 2, 1.5, 1.5, 1.5, 1.5, 1.2, 1,
        1.5, 1, 1, 1, 1, 0.6, 0.8, 1, 0.6, 1, 1, 1, 1, 1, 1,
        1, 0.7, 1.5, 1, 1, 0.8, 0.5, 0.5, 0.5, 0.5};

    private static final List<String> OLDER_MALE = List.of(
            "建国", "国庆", "保国", "富贵", "长生", "金山", "满仓", "福田", "新民", "永胜", "志刚", "文明",
            "玉成", "根柱", "喜旺", "拴柱", "来福", "铁锁", "存才", "俊才", "有福", "德胜", "万福", "守仁",
            "春生", "秋生", "冬生", "林", "海", "山", "成", "忠", "义", "学文", "振华", "三娃", "四喜");
    private static final List<String> YOUNGER_MALE = List.of(
            "伟", "强", "磊", "军", "勇", "涛", "斌", "鹏", "海军", "建军", "晓东", "志强", "俊杰", "浩",
            "亮", "超", "宏伟", "建华", "卫东", "小龙", "红军", "晋生", "晋峰", "文博", "鑫", "宇", "刚",
            "永红", "海平", "小军");
    private static final List<String> OLDER_FEMALE = List.of(
            "桂兰", "秀英", "玉兰", "凤英", "桂英", "秀兰", "淑珍", "翠花", "兰芳", "春梅", "金花", "改梅",
            "改花", "粉娥", "巧云", "银花", "爱莲", "月娥", "秀珍", "拴娥", "菊英", "秀梅", "彩霞", "冬梅");
    private static final List<String> YOUNGER_FEMALE = List.of(
            "丽", "娟", "芳", "燕", "敏", "静", "丽娟", "晓燕", "红霞", "艳", "丽萍", "小红", "海燕", "晓丽",
            "春燕", "莉", "婷", "霞", "亚琴", "瑞芳");

    private PersonNames() {
    }

    /**
     * A full name; with probability 0.35 the surname is the village's clan surname.
     *
     * @param clanSurname the surname that dominates the village
     * @param male        sex of the person
     * @param birthYear   year of birth, which selects the generation's given names
     */
    static String fullName(SplittableRandom random, String clanSurname, boolean male, int birthYear) {
        String surname = Draw.chance(random, 0.35) ? clanSurname : SURNAMES[Draw.weightedIndex(random, SURNAME_WEIGHTS)];
        boolean older = birthYear < 1965;
        List<String> given = male ? (older ? OLDER_MALE : YOUNGER_MALE) : (older ? OLDER_FEMALE : YOUNGER_FEMALE);
        return surname + Draw.pick(random, given);
    }
}
