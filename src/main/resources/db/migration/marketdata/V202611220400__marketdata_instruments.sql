-- The instrument catalog. Seeded at start-up from marketdata/instruments.csv (missing symbols only, so an admin's
-- edits and disabled instruments survive restarts); admins add and disable rows through the API.
create table marketdata_instruments (
    symbol                   text primary key,
    name                     text not null,
    exchange                 text not null,
    asset_class              text not null,
    currency                 char(3) not null,
    tick_size                numeric(30, 12) not null check (tick_size > 0),
    lot_size                 numeric(30, 12) not null check (lot_size > 0),
    fractional               boolean not null,
    tradable                 boolean not null,
    shortable                boolean not null,
    sector                   text,
    isin                     char(12),
    calendar                 text not null,
    reference_price          numeric(30, 12) not null check (reference_price > 0),
    beta                     double precision not null,
    daily_volatility_percent double precision not null,
    enabled                  boolean not null default true,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);
create index marketdata_instruments_class_idx on marketdata_instruments (asset_class, exchange);
