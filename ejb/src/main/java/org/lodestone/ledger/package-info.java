/**
 * The ledger: every movement of the program's money (obligations, de-obligations, disbursements,
 * recoveries), append-only, with the balances of the award after each entry. Knows awards and
 * opportunities only by id; the contexts that move money call it inside their own transactions,
 * holding the award's lock.
 */
package org.lodestone.ledger;
