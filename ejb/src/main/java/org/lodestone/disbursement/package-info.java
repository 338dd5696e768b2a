/**
 * Disbursement: payment requests against an award's milestones or costs, the checks every draw must
 * pass, approvals by people other than the requester (program officer, then one or two finance
 * officers), holds on an award, and the release of each approved request exactly once as a
 * DISBURSEMENT entry of the ledger with a payment reference. Recoveries of disallowed costs.
 */
package org.lodestone.disbursement;
