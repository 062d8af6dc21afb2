-- Mail kept instead of sent when no SMTP server is configured (development only).
create table platform_dev_mailbox (
    id        uuid primary key,
    recipient text not null,
    subject   text not null,
    body      text not null,
    sent_at   timestamptz not null
);
create index platform_dev_mailbox_sent_at_idx on platform_dev_mailbox (sent_at desc);
