package org.anju.household;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.anju.system.Labelled;

/**
 * The six categories of target households (6类重点对象), in the de-duplication priority order of
 * the Liaocheng monthly report forms (seed 002): "具有多重身份的同户仅统计一次，优先顺序为：
 * 脱贫享受政策户、防止返贫监测帮扶对象、农村低保户、分散供养特困人员、严重困难家庭、低保边缘家庭".
 * The declaration order of the constants IS that priority order.
 */
public enum TargetCategory implements Labelled {
    POVERTY_ALLEVIATED("脱贫享受政策户", "其他脱贫户", "脱贫户", "建档立卡贫困户",
            "未享受过农村住房保障政策支持且依靠自身力量无法解决住房安全问题的其他脱贫户"),
    MONITORED("防止返贫监测帮扶对象", "农村易返贫致贫户", "易返贫致贫户", "边缘易致贫户", "监测对象", "防止返贫监测对象"),
    MINIMUM_LIVING("低保户", "农村低保户"),
    EXTREME_POVERTY("分散供养特困人员", "农村分散供养特困人员", "农村特困人员", "特困人员", "特困供养人员"),
    SEVERE_HARDSHIP("严重困难家庭", "因病因灾因意外事故等刚性支出较大或收入大幅缩减导致基本生活出现严重困难家庭",
            "因病因灾因意外事故等刚性支出较大或收入大幅度缩减导致基本生活出现严重困难家庭"),
    NEAR_MINIMUM("低保边缘家庭", "农村低保边缘家庭", "农村低保边缘户", "低保边缘户");

    private final String label;
    private final List<String> aliases;

    TargetCategory(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    @Override
    public String label() {
        return label;
    }

    /** Other names the seed documents use for this category. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The primary category of a household that belongs to {@code categories}: the first in the
     * priority order, or empty when the household belongs to none.
     */
    public static Optional<TargetCategory> primaryOf(Collection<TargetCategory> categories) {
        return categories.stream().min(Enum::compareTo);
    }

    /**
     * SQL ranking {@code column} (a category code) by this priority order: 1 for
     * POVERTY_ALLEVIATED … 6 for NEAR_MINIMUM, 7 for NULL or anything else. Generated from the
     * declaration order, so SQL and Java can never disagree.
     */
    public static String sqlRank(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (TargetCategory c : values()) {
            sql.append(" WHEN '").append(c.name()).append("' THEN ").append(c.ordinal() + 1);
        }
        return sql.append(" ELSE ").append(values().length + 1).append(" END").toString();
    }

    /**
     * Resolves a canonical code (any case), the Liaocheng name or any alias from the seeds.
     * Surrounding whitespace is ignored; empty when the text names no category.
     */
    public static Optional<TargetCategory> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (TargetCategory c : values()) {
            if (c.name().equals(t.toUpperCase(Locale.ROOT)) || c.label.equals(t) || c.aliases.contains(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
