package org.lodestone.reporting.application;

import java.util.List;
import java.util.Map;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.award.domain.Award;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.reporting.domain.RecipientReport;

/**
 * One award followed from its terms to its money: the terms and every version, the milestones,
 * permits and conditions, the payment requests, the ledger, the reports, and the audit events of
 * each, every one checked in place in the chain.
 *
 * @param intact per audit event id: its hash recomputes and it links to its predecessor
 */
public record AwardTrace(
    Award award,
    List<Permit> permits,
    List<PaymentRequest> payments,
    List<LedgerEntry> ledger,
    List<RecipientReport> reports,
    List<AuditEvent> events,
    Map<Long, Boolean> intact) {

  public boolean allIntact() {
    return intact.values().stream().allMatch(Boolean::booleanValue);
  }
}
