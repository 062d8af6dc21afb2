-- Each member's watchlist: the symbols they follow, in the order they arranged them. user_id is identity's user id
-- (no foreign key: modules do not reach into each other's tables).
create table marketdata_watchlist_items (
    user_id  uuid        not null,
    symbol   text        not null references marketdata_instruments (symbol),
    position integer     not null,
    added_at timestamptz not null,
    primary key (user_id, symbol)
);
