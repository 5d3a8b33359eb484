package org.anju.export;

import java.util.List;
import java.util.Objects;

import org.anju.privacy.PersonalDataMask;

/**
 * What a KML placemark is called on a phone map: the words of some columns joined by a space, e.g.
 * {@code 优先1 张*明 东村} (priority, masked household head, village). Each {@link Part} is one
 * column's value put into a pattern ({@code 优先{0}}), optionally masked as a person's name
 * ({@link PersonalDataMask#name}) and with a fallback column when empty (no household: the house
 * code). A part whose value (and fallback) is empty is left out; when every part is empty the
 * schema's name column is used.
 *
 * <p>Only KML uses it: the other formats carry the columns themselves.
 *
 * @param parts at least one
 */
public record PlacemarkName(List<Part> parts) {

    /**
     * One column in the name.
     *
     * @param key         the column
     * @param pattern     the text around the value, {@code {0}} standing for it (e.g. {@code 优先{0}})
     * @param maskedName  the value is a person's name and is masked ({@link PersonalDataMask#name})
     * @param fallbackKey a column used when this one is empty (not masked), or {@code null}
     */
    public record Part(String key, String pattern, boolean maskedName, String fallbackKey) {

        public Part {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(pattern, "pattern");
            if (!pattern.contains("{0}")) {
                throw new IllegalArgumentException("a placemark name pattern needs {0}: " + pattern);
            }
        }

        /** The value as it is. */
        public static Part of(String key) {
            return new Part(key, "{0}", false, null);
        }

        /** The value in a pattern, e.g. {@code of("priority", "优先{0}")}. */
        public static Part of(String key, String pattern) {
            return new Part(key, pattern, false, null);
        }

        /** A person's name, masked ({@code 张*明}), or the value of {@code fallbackKey} when there is none. */
        public static Part maskedName(String key, String fallbackKey) {
            return new Part(key, "{0}", true, fallbackKey);
        }
    }

    public PlacemarkName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a placemark name needs at least one part");
        }
    }

    public static PlacemarkName of(Part... parts) {
        return new PlacemarkName(List.of(parts));
    }

    /** Checks that every key is one of the schema's column {@code keys}. */
    void check(java.util.Set<String> keys) {
        for (Part part : parts) {
            if (!keys.contains(part.key())) {
                throw new IllegalArgumentException("placemark name column is not a column: " + part.key());
            }
            if (part.fallbackKey() != null && !keys.contains(part.fallbackKey())) {
                throw new IllegalArgumentException("placemark name column is not a column: " + part.fallbackKey());
            }
        }
    }

    /** Resolves the keys once, for writing many rows. */
    Compiled compile(TableSchema schema) {
        int[] indexes = new int[parts.size()];
        int[] fallbacks = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            indexes[i] = schema.indexOf(parts.get(i).key());
            String fallback = parts.get(i).fallbackKey();
            fallbacks[i] = fallback == null ? -1 : schema.indexOf(fallback);
        }
        return new Compiled(this, indexes, fallbacks, schema.indexOf(schema.nameColumn()));
    }

    /** A placemark name with its column positions. */
    static final class Compiled {

        private final PlacemarkName name;
        private final int[] indexes;
        private final int[] fallbacks;
        private final int nameIndex;
        private final StringBuilder text = new StringBuilder(64);

        private Compiled(PlacemarkName name, int[] indexes, int[] fallbacks, int nameIndex) {
            this.name = name;
            this.indexes = indexes;
            this.fallbacks = fallbacks;
            this.nameIndex = nameIndex;
        }

        /** The name of a row of normalised values (see {@link Values#normalize}). */
        String of(Object[] values) {
            text.setLength(0);
            for (int i = 0; i < indexes.length; i++) {
                Part part = name.parts().get(i);
                String value = Values.display(values[indexes[i]]).strip();
                if (!value.isEmpty() && part.maskedName()) {
                    value = PersonalDataMask.name(value);
                }
                if (value.isEmpty() && fallbacks[i] >= 0) {
                    value = Values.display(values[fallbacks[i]]).strip();
                }
                if (!value.isEmpty()) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    text.append(part.pattern().replace("{0}", value));
                }
            }
            return text.isEmpty() ? Values.display(values[nameIndex]) : text.toString();
        }
    }
}
