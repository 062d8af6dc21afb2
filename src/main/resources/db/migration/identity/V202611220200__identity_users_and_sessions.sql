create table identity_users (
    id                uuid primary key,
    email             text not null,
    password_hash     text not null,
    display_name      text not null,
    roles             text[] not null default '{USER}',
    locale            text not null default 'en',
    email_verified_at timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint identity_users_email_normalised check (email = lower(btrim(email)))
);
create unique index identity_users_email_uq on identity_users (email);

-- One row per login (a device); its refresh tokens form a family that is revoked together.
create table identity_sessions (
    id            uuid primary key,
    user_id       uuid not null references identity_users (id) on delete cascade,
    user_agent    text,
    ip_address    text,
    created_at    timestamptz not null,
    last_used_at  timestamptz not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    revoke_reason text
);
create index identity_sessions_active_by_user_idx on identity_sessions (user_id) where revoked_at is null;

-- Refresh tokens are stored only as SHA-256 hashes; used_at marks rotation (a second use is theft).
create table identity_refresh_tokens (
    token_hash bytea primary key,
    session_id uuid not null references identity_sessions (id) on delete cascade,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index identity_refresh_tokens_session_idx on identity_refresh_tokens (session_id);

-- Single-use links sent by mail (email verification, password reset), hashed like refresh tokens.
create table identity_one_time_tokens (
    token_hash bytea primary key,
    user_id    uuid not null references identity_users (id) on delete cascade,
    purpose    text not null check (purpose in ('EMAIL_VERIFICATION', 'PASSWORD_RESET')),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index identity_one_time_tokens_user_idx on identity_one_time_tokens (user_id, purpose);
