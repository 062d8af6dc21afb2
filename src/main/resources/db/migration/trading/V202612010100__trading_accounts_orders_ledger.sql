-- Paper trading. The engine keeps each account in memory and writes every change here in group-committed batches;
-- cash always equals the sum of the account's ledger entries.
create table trading_accounts (
    id                uuid primary key,
    owner_id          uuid not null,
    name              text not null,
    type              text not null,
    currency          text not null,
    starting_balance  numeric not null,
    cash              numeric not null,
    realized_pnl      numeric not null,
    fees_paid         numeric not null,
    last_equity       numeric not null,
    status            text not null,
    ledger_sequence   bigint not null,
    idempotency_key   text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (owner_id, idempotency_key)
);
create index trading_accounts_by_owner on trading_accounts (owner_id, created_at);

create table trading_orders (
    id                uuid primary key,
    account_id        uuid not null references trading_accounts (id),
    client_order_id   text,
    idempotency_key   text,
    symbol            text not null,
    side              text not null,
    type              text not null,
    order_class       text not null,
    leg               text,
    time_in_force     text not null,
    extended_hours    boolean not null,
    quantity          numeric not null,
    limit_price       numeric,
    stop_price        numeric,
    trail_price       numeric,
    trail_percent     numeric,
    watermark         numeric,
    triggered         boolean not null,
    filled_quantity   numeric not null,
    filled_notional   numeric not null,
    reserved          numeric not null,
    opening_quantity  numeric not null,
    fill_count        int not null,
    status            text not null,
    reject_reason     text,
    parent_id         uuid,
    sibling_id        uuid,
    replaces          uuid,
    replaced_by       uuid,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    filled_at         timestamptz,
    unique (account_id, client_order_id),
    unique (account_id, idempotency_key)
);
create index trading_orders_by_account on trading_orders (account_id, created_at desc);
create index trading_orders_open on trading_orders (account_id) where status in ('NEW', 'ACCEPTED', 'HELD', 'PARTIALLY_FILLED');

create table trading_fills (
    id              uuid primary key,
    order_id        uuid not null references trading_orders (id),
    account_id      uuid not null references trading_accounts (id),
    symbol          text not null,
    side            text not null,
    quantity        numeric not null,
    price           numeric not null,
    notional        numeric not null,
    commission      numeric not null,
    regulatory_fee  numeric not null,
    filled_at       timestamptz not null
);
create index trading_fills_by_account on trading_fills (account_id, filled_at desc);

create table trading_ledger (
    account_id     uuid not null references trading_accounts (id),
    sequence       bigint not null,
    kind           text not null,
    amount         numeric not null,
    balance_after  numeric not null,
    order_id       uuid,
    fill_id        uuid,
    symbol         text,
    side           text,
    quantity       numeric,
    price          numeric,
    description    text not null,
    created_at     timestamptz not null,
    primary key (account_id, sequence)
);

create table trading_positions (
    account_id      uuid not null references trading_accounts (id),
    symbol          text not null,
    quantity        numeric not null,
    cost            numeric not null,
    realized_pnl    numeric not null,
    fees            numeric not null,
    peak_quantity   numeric not null,
    entry_quantity  numeric not null,
    entry_notional  numeric not null,
    exit_quantity   numeric not null,
    exit_notional   numeric not null,
    opened_at       timestamptz not null,
    updated_at      timestamptz not null,
    primary key (account_id, symbol)
);

create table trading_round_trips (
    id               bigserial primary key,
    account_id       uuid not null references trading_accounts (id),
    symbol           text not null,
    side             text not null,
    quantity         numeric not null,
    avg_entry_price  numeric not null,
    avg_exit_price   numeric not null,
    realized_pnl     numeric not null,
    fees             numeric not null,
    opened_at        timestamptz not null,
    closed_at        timestamptz not null
);
create index trading_round_trips_by_account on trading_round_trips (account_id, closed_at);
