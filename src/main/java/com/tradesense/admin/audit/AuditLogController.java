package com.tradesense.admin.audit;

import java.time.Instant;
import java.util.UUID;

import com.tradesense.platform.ApiException;
import com.tradesense.platform.PageQuery;
import com.tradesense.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SUPER_ADMIN')")
@Tag(name = "Admin: audit log")
class AuditLogController {

    private final AuditLogRepository log;

    AuditLogController(AuditLogRepository log) {
        this.log = log;
    }

    @GetMapping("/api/v1/admin/audit-logs")
    @Operation(summary = "Security audit log, newest first", description = "Filters combine; `to` is exclusive.")
    PageResponse<AuditLogEntry> auditLogs(@RequestParam(required = false) AuditEventType type,
            @RequestParam(required = false) UUID userId, @RequestParam(required = false) String email,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("INVALID_RANGE", "to", "must be after from");
        }
        return log.find(new AuditLogRepository.Filter(type, userId, email, from, to), new PageQuery(page, size));
    }
}
