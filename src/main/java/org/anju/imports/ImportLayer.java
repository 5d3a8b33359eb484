package org.anju.imports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.anju.security.Role;

/**
 * What a file is imported as ({@code layer=} of {@code POST /api/imports}), which parameters give
 * values for the whole file (e.g. the name of a disaster event) and which roles may import it.
 */
enum ImportLayer {
    /** 农房; township staff import those of their township (rows checked by {@link RowJurisdiction}). */
    HOUSES("houses", List.of(), Role.TOWNSHIP_STAFF),
    /** 农户; township staff import those of their township. */
    HOUSEHOLDS("households", List.of(), Role.TOWNSHIP_STAFF),
    /** 灾害范围: footprint parts of disaster events; emergency teams record them too. */
    DISASTERS("disasters", List.of("name", "type", "started_on", "ended_on", "code", "description"),
            Role.EMERGENCY_TEAM),
    /** 抗震设防烈度分区: replaced by source (the zoning map they come from). */
    SEISMIC_ZONES("seismic-zones", List.of("source")),
    /** 行政区划: townships and villages (any level) with their boundaries, upserted by code. */
    ADMIN_AREAS("admin-areas", List.of());

    private final String parameter;
    private final List<String> fileParameters;
    private final Set<Role> roles;

    ImportLayer(String parameter, List<String> fileParameters, Role... moreRoles) {
        this.parameter = parameter;
        this.fileParameters = fileParameters;
        this.roles = EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_STAFF);
        this.roles.addAll(Arrays.asList(moreRoles));
    }

    String parameter() {
        return parameter;
    }

    /** Request parameters whose value applies to every row of the file, overriding its columns. */
    List<String> fileParameters() {
        return fileParameters;
    }

    /** Whether an account of {@code role} may import this layer (all need the route's roles too). */
    boolean allows(Role role) {
        return roles.contains(role);
    }

    static Optional<ImportLayer> fromParameter(String text) {
        return Arrays.stream(values()).filter(l -> l.parameter.equalsIgnoreCase(text.strip())).findFirst();
    }

    /** The parameter values of all layers, for messages: "houses, households, …". */
    static String parameters() {
        return String.join(", ", Arrays.stream(values()).map(ImportLayer::parameter).toList());
    }
}
