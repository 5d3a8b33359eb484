package org.anju.security;

import java.time.LocalDateTime;

/**
 * One account as the administrator's list shows it: role and jurisdiction in words as well as codes
 * ({@code jurisdiction_parent_name}: the township of a village), whether it may log in, and its last
 * form login (null: never, or not since the audit log began). Never the password or its hash.
 */
record AccountRow(String username, String displayName, String role, String roleLabel, String jurisdictionCode,
                  String jurisdictionName, String jurisdictionLevel, String jurisdictionParentName, boolean enabled,
                  LocalDateTime createdAt, LocalDateTime lastLoginAt) {
}
