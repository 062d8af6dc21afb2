-- Most orders carry neither a client order id nor an idempotency key, yet a full unique index still takes an entry
-- for each of them (NULLs are indexed). Partial indexes keep the same uniqueness for the keys that are set and spare
-- every keyless order two index inserts on the engine's single-writer commit path (docs/BENCHMARKS.md).
alter table trading_orders drop constraint trading_orders_account_id_client_order_id_key;
alter table trading_orders drop constraint trading_orders_account_id_idempotency_key_key;
create unique index trading_orders_client_order_id on trading_orders (account_id, client_order_id)
    where client_order_id is not null;
create unique index trading_orders_idempotency_key on trading_orders (account_id, idempotency_key)
    where idempotency_key is not null;
