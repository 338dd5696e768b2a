/**
 * Reporting: what the recipient owes the agency and what the agency owes its auditors, computed
 * from the ledger and the payment records: the SF-425 lines of an award, federal expenditures per
 * recipient and fiscal year against the single-audit threshold.
 */
package org.lodestone.reporting;
