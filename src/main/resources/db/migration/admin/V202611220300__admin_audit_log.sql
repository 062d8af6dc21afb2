-- Append-only record of security-relevant events (sign-ins, lockouts, resets, role changes, token theft).
create table admin_audit_log (
    id          uuid primary key,
    occurred_at timestamptz not null,
    type        text not null,
    user_id     uuid,
    email       text,
    ip_address  text,
    user_agent  text,
    detail      text
);
create index admin_audit_log_occurred_idx on admin_audit_log (occurred_at desc);
create index admin_audit_log_type_idx on admin_audit_log (type, occurred_at desc);
create index admin_audit_log_email_idx on admin_audit_log (email, occurred_at desc);
create index admin_audit_log_user_idx on admin_audit_log (user_id, occurred_at desc);
