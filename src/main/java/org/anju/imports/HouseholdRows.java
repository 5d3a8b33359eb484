package org.anju.imports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.anju.household.TargetCategory;
import org.anju.privacy.IdNumbers;

/**
 * Turns a record into a staged household, or into row errors. Categories may be listed in one cell
 * with any separator ("低保户；脱贫户", "MINIMUM_LIVING,MONITORED") and by any name the seed documents
 * use ({@link TargetCategory#fromText}); "无" or "-" means "none of the six". ID numbers must pass
 * the GB 11643 checksum ({@link IdNumbers}); one that Excel turned into a number (1.40825E+17) is
 * named as such. ID numbers are never written to the log.
 */
final class HouseholdRows {

    /** A household row ready for staging; {@code categories} is {@code null} when the file does not say. */
    record Staged(long row, String code, String headName, String idNumber, String phone, Integer members,
                  String villageCode, String villageName, Set<TargetCategory> categories, Boolean disabledMember,
                  Boolean militaryFamily, Boolean veteran, Boolean elderlyAlone, String residenceHouse) {
    }

    private static final Set<String> NONE = Set.of("无", "否", "-", "—", "/", "none", "非重点对象", "一般户");

    Staged read(SourceRecord record, RowCheck check) {
        String code = check.code(AnjuField.HOUSEHOLD_CODE);
        String headName = check.text(AnjuField.HEAD_NAME, false, 50);
        String idNumber = idNumber(check);
        String phone = check.text(AnjuField.PHONE, false, 20);
        if (phone != null) {
            phone = phone.replaceAll("[\\s()（）]", "");
            if (!phone.matches("1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8}")) {
                check.error(AnjuField.PHONE, phone, "phone.form");
                phone = null;
            }
        }
        Integer members = check.integer(AnjuField.MEMBERS, 1, 30);
        String village = check.text(AnjuField.VILLAGE, false, 100);
        String villageCode = village != null && village.matches("[0-9]{12}") ? village : null;
        String villageName = villageCode == null ? village : null;
        Set<TargetCategory> categories = categories(check);
        Boolean disabled = check.bool(AnjuField.DISABLED_MEMBER);
        Boolean military = check.bool(AnjuField.MILITARY_FAMILY);
        Boolean veteran = check.bool(AnjuField.VETERAN);
        Boolean elderly = check.bool(AnjuField.ELDERLY_ALONE);
        String residence = check.text(AnjuField.RESIDENCE_HOUSE, false, 32);
        if (!check.errors().isEmpty()) {
            return null;
        }
        return new Staged(record.row(), code, headName, idNumber, phone, members, villageCode, villageName, categories,
                disabled, military, veteran, elderly, residence);
    }

    private static String idNumber(RowCheck check) {
        String text = check.text(AnjuField.ID_NUMBER, false, 40);
        if (text == null) {
            return null;
        }
        String id = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (id.matches("[0-9](\\.[0-9]+)?E\\+?[0-9]+")) {
            check.error(AnjuField.ID_NUMBER, text, "import.idNumber.excelNumber");
            return null;
        }
        var problem = IdNumbers.problem(id);
        if (problem.isPresent()) {
            check.error(AnjuField.ID_NUMBER, text, problem.get());
            return null;
        }
        return id;
    }

    private static Set<TargetCategory> categories(RowCheck check) {
        String text = check.text(AnjuField.CATEGORIES, false, 500);
        if (text == null) {
            return null;
        }
        Set<TargetCategory> categories = EnumSet.noneOf(TargetCategory.class);
        for (String part : text.split("[;；,，、/|\\s]+")) {
            if (part.isBlank() || NONE.contains(part.toLowerCase(Locale.ROOT))) {
                continue;
            }
            TargetCategory.fromText(part).ifPresentOrElse(categories::add,
                    () -> check.error(AnjuField.CATEGORIES, part, "import.value.unknownWord", labels()));
        }
        return categories;
    }

    private static String labels() {
        StringBuilder s = new StringBuilder();
        for (TargetCategory c : TargetCategory.values()) {
            s.append(s.isEmpty() ? "" : ", ").append(c.label());
        }
        return s.toString();
    }
}
