package org.anju.imports;

import java.util.Arrays;
import java.util.Optional;

/** What happens to the good rows of a file that also has bad ones. */
enum ImportMode {
    /** One transaction: a single rejected row and nothing is written (the default). */
    ALL_OR_NOTHING("all-or-nothing"),
    /** Good rows are written, bad rows are reported and left out. */
    SKIP_INVALID("skip-invalid");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    static Optional<ImportMode> fromParameter(String text) {
        return Arrays.stream(values()).filter(m -> m.parameter.equalsIgnoreCase(text.strip())).findFirst();
    }
}
