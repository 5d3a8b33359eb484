package org.anju.system;

/** The addressed record does not exist (404). {@code kind} is a message key such as "house". */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, Object key) {
        super(kind + " " + key + " not found");
        this.kind = kind;
        this.key = String.valueOf(key);
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
