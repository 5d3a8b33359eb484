package org.anju.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * An editable record: an optimistic-lock {@code version} (a change based on an older version fails
 * instead of overwriting someone else's) and creation/change times.
 */
@MappedSuperclass
public abstract class VersionedRecord {

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public int getVersion() {
        return version;
    }
}
