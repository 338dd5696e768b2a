package org.lodestone.disbursement.application;

import java.util.List;
import java.util.Map;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.ledger.domain.LedgerEntry;

/**
 * One payment followed from the request to the money: the request with its approvals, the evidence
 * it rests on (with SHA-256), the ledger entry of its release and recoveries, and the audit events
 * of each, every one checked in place in the chain.
 *
 * @param intact per audit event id: its hash recomputes and it links to its predecessor
 */
public record PaymentTrace(
    PaymentRequest request,
    String awardNumber,
    List<AwardDocument> evidence,
    List<LedgerEntry> ledgerEntries,
    List<AuditEvent> events,
    Map<Long, Boolean> intact) {

  public boolean allIntact() {
    return intact.values().stream().allMatch(Boolean::booleanValue);
  }
}
