-- Disbursed (net of recoveries) per opportunity and month of the program's time zone (yyyymm),
-- kept by the ledger in the transaction of each entry: the dashboard's drawdown reads these few
-- rows instead of every ledger entry (ADR 0010). Entries made before this migration are summed by
-- the database's own calendar month.
CREATE TABLE ledger_month (
  opportunity_id BIGINT NOT NULL REFERENCES funding_opportunity (id),
  month_key INT NOT NULL,
  disbursed NUMERIC(19, 2) NOT NULL,
  PRIMARY KEY (opportunity_id, month_key)
);

INSERT INTO ledger_month (opportunity_id, month_key, disbursed)
SELECT opportunity_id,
       CAST(EXTRACT(YEAR FROM at) AS INT) * 100 + CAST(EXTRACT(MONTH FROM at) AS INT),
       SUM(CASE WHEN type = 'RECOVERY' THEN -amount ELSE amount END)
FROM ledger_entry
WHERE type IN ('DISBURSEMENT', 'RECOVERY')
GROUP BY opportunity_id,
         CAST(EXTRACT(YEAR FROM at) AS INT) * 100 + CAST(EXTRACT(MONTH FROM at) AS INT);
