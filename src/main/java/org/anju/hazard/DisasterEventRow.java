package org.anju.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One disaster event without its geometry, as lists show it: type as code and in words, its dates,
 * how many footprint parts it has, and whether (since when, by whom) it is archived.
 */
record DisasterEventRow(long id, String code, String type, String typeLabel, String name, LocalDate startedOn,
                        LocalDate endedOn, String description, long parts, boolean archived,
                        OffsetDateTime archivedAt, String archivedBy) {
}
