package org.anju.household;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.anju.privacy.IdNumbers;
import org.anju.system.FieldProblem;
import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * A household as sent to {@code POST/PUT /api/households}. Categories may be given by canonical
 * code or by any name the seed documents use (e.g. "农村低保户"); ID numbers must pass the
 * GB 11643 checksum; phones are mobile (11 digits) or landline numbers.
 */
record HouseholdForm(String code, String headName, String idNumber, String phone, Integer members,
                     String villageCode, Set<TargetCategory> categories, boolean disabledMember,
                     boolean militaryFamily, boolean veteran, boolean elderlyAlone, String residenceHouse,
                     Integer version) {

    static final Set<String> FIELDS = Set.of("code", "head_name", "id_number", "phone", "members", "village_code",
            "categories", "disabled_member", "military_family", "veteran", "elderly_alone", "residence_house",
            "version",
            // read-only fields of GET responses, accepted and ignored
            "village_name", "primary_category", "owned_houses", "residence_grade", "residence_occupancy");

    static HouseholdForm read(JsonNode body, boolean versionRequired) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields f = new JsonFields(body, "", problems);
        if (!body.isObject()) {
            f.problem("", null, "json.notObject");
            f.throwIfInvalid();
        }
        f.rejectUnknown(FIELDS);
        String code = f.code("code", true);
        String headName = f.text("head_name", true, 50);
        String sentIdNumber = f.text("id_number", false, 18);
        String idNumber = sentIdNumber == null ? null : sentIdNumber.toUpperCase(java.util.Locale.ROOT);
        if (idNumber != null) {
            IdNumbers.problem(idNumber).ifPresent(key -> f.problem("id_number", sentIdNumber, key));
        }
        String phone = f.text("phone", false, 20);
        if (phone != null && !phone.matches("1[0-9]{10}|0[0-9]{2,3}-?[0-9]{7,8}")) {
            f.problem("phone", phone, "phone.form");
        }
        Integer members = f.integer("members", true, 1, 30);
        String villageCode = f.text("village_code", true, 12);
        Set<TargetCategory> categories = EnumSet.noneOf(TargetCategory.class);
        JsonNode list = f.node("categories");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                f.problem("categories", list.toString(), "categories.notArray");
            } else {
                for (JsonNode item : list) {
                    TargetCategory.fromText(item.asString(""))
                            .ifPresentOrElse(categories::add, () -> f.problem("categories", item.asString(""),
                                    "enum.unknown", Arrays.toString(TargetCategory.values())));
                }
            }
        }
        boolean disabled = f.bool("disabled_member", false);
        boolean military = f.bool("military_family", false);
        boolean veteran = f.bool("veteran", false);
        boolean elderly = f.bool("elderly_alone", false);
        String residence = f.text("residence_house", false, 32);
        Integer version = f.integer("version", versionRequired, 0, Integer.MAX_VALUE);
        f.throwIfInvalid();
        return new HouseholdForm(code, headName, idNumber, phone, members, villageCode, categories, disabled,
                military, veteran, elderly, residence, version);
    }
}
