package org.anju.system;

/**
 * The client edited an older version of the record than the stored one (optimistic locking): 409.
 * The client must reload the record and apply its change again; nothing was written.
 */
public class StaleVersionException extends RuntimeException {

    private final String kind;
    private final String key;
    private final long sentVersion;
    private final long storedVersion;

    public StaleVersionException(String kind, Object key, long sentVersion, long storedVersion) {
        super(kind + " " + key + ": version " + sentVersion + " is stale, stored version is " + storedVersion);
        this.kind = kind;
        this.key = String.valueOf(key);
        this.sentVersion = sentVersion;
        this.storedVersion = storedVersion;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public long sentVersion() {
        return sentVersion;
    }

    public long storedVersion() {
        return storedVersion;
    }
}
