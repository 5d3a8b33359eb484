package org.anju.imports;

import java.util.Arrays;
import java.util.Optional;

/** What a file is imported as ({@code layer=} of {@code POST /api/imports}). */
enum ImportLayer {
    HOUSES("houses"),
    HOUSEHOLDS("households");

    private final String parameter;

    ImportLayer(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static Optional<ImportLayer> fromParameter(String text) {
        return Arrays.stream(values()).filter(l -> l.parameter.equalsIgnoreCase(text.strip())).findFirst();
    }
}
