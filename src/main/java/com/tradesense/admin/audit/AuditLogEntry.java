package com.tradesense.admin.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log. */
public record AuditLogEntry(UUID id, Instant occurredAt, AuditEventType type, UUID userId, String email,
        String ipAddress, String userAgent, String detail) {
}
