-- The session close an account's last_equity was taken at (or its opening or reset), so a close is snapshotted once
-- and one missed while the app was down is caught up at start-up.
alter table trading_accounts add column last_equity_at timestamptz;
update trading_accounts set last_equity_at = created_at;
alter table trading_accounts alter column last_equity_at set not null;
