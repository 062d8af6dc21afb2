package com.tradesense.admin.audit;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of the audit log. */
public record AuditLogEntry(UUID id, Instant occurredAt, AuditEventType type, @Schema(nullable = true) UUID userId,
        @Schema(nullable = true) String email, @Schema(nullable = true) String ipAddress,
        @Schema(nullable = true) String userAgent, @Schema(nullable = true) String detail) {
}
