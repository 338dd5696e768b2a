package org.lodestone.ledger.domain;

/** What a ledger entry does to an award's obligated and disbursed balances. */
public enum LedgerEntryType {
  OBLIGATION,
  DEOBLIGATION,
  DISBURSEMENT,
  RECOVERY
}
