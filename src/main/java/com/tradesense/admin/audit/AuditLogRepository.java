package com.tradesense.admin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.tradesense.platform.PageQuery;
import com.tradesense.platform.PageResponse;
import com.tradesense.platform.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditLogRepository {

    /** Filters of the audit log view; null fields do not filter. {@code to} is exclusive. */
    record Filter(AuditEventType type, UUID userId, String email, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditLogEntry entry) {
        jdbc.sql("""
                insert into admin_audit_log (id, occurred_at, type, user_id, email, ip_address, user_agent, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), SqlTime.ts(entry.occurredAt()), entry.type().name(), entry.userId(),
                        entry.email(), entry.ipAddress(), entry.userAgent(), entry.detail())
                .update();
    }

    PageResponse<AuditLogEntry> find(Filter filter, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add("type = ?");
            params.add(filter.type().name());
        }
        if (filter.userId() != null) {
            conditions.add("user_id = ?");
            params.add(filter.userId());
        }
        if (filter.email() != null && !filter.email().isBlank()) {
            conditions.add("email = ?");
            params.add(filter.email().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(SqlTime.ts(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(SqlTime.ts(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from admin_audit_log" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.offset());
        pageParams.add(page.size());
        List<AuditLogEntry> items = jdbc.sql("select * from admin_audit_log" + where
                        + " order by occurred_at desc, id offset ? limit ?")
                .params(pageParams).query(AuditLogRepository::map).list();
        return PageResponse.of(items, page, total);
    }

    private static AuditLogEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditLogEntry(rs.getObject("id", UUID.class), SqlTime.instant(rs, "occurred_at"),
                AuditEventType.valueOf(rs.getString("type")), rs.getObject("user_id", UUID.class),
                rs.getString("email"), rs.getString("ip_address"), rs.getString("user_agent"), rs.getString("detail"));
    }
}
