-- Bar history. 1-minute bars are the base resolution: every intraday interval (5m ... 4h) is aggregated from them on
-- read. Daily bars are stored on their own so years of history never need years of minutes.
--
-- Indexes: every read is "one symbol, a time range, oldest first". The primary key's btree on (symbol, t) serves that
-- as an index range scan that already returns rows in order (no sort), and it is also what makes re-running a
-- backfill idempotent (ON CONFLICT DO NOTHING). A BRIN index on t would only help scans of all symbols by time,
-- which no query does, so there is no second index to maintain on every insert.

create table marketdata_bars_1m (
    symbol   text           not null,
    t        timestamptz    not null,
    o        numeric(20, 8) not null,
    h        numeric(20, 8) not null,
    l        numeric(20, 8) not null,
    c        numeric(20, 8) not null,
    v        bigint         not null,
    -- traded outside the regular session (pre-market, after-hours): charts hide these unless asked
    extended boolean        not null,
    primary key (symbol, t)
);

create table marketdata_bars_1d (
    symbol       text           not null,
    -- the exchange's trading date, in its own time zone
    trading_date date           not null,
    -- start of that date in the exchange time zone, as served in {t, o, h, l, c, v}
    t            timestamptz    not null,
    o            numeric(20, 8) not null,
    h            numeric(20, 8) not null,
    l            numeric(20, 8) not null,
    c            numeric(20, 8) not null,
    v            bigint         not null,
    primary key (symbol, trading_date)
);
