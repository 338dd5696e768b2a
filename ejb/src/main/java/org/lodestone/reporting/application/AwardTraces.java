package org.lodestone.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.shared.SubjectKind;

/** Traces an award for auditors (and for its recipient: another organization's is unknown). */
@Stateless
@PermitAll
public class AwardTraces {

  @Inject private AwardService awards;
  @Inject private DisbursementService disbursements;
  @Inject private ReportService reports;
  @Inject private AuditTrail audit;

  public AwardTrace trace(long awardId) {
    Award award = awards.get(awardId);
    List<Permit> permits = awards.permits(award.id());
    List<PaymentRequest> payments = disbursements.ofAward(award.id());
    List<RecipientReport> owed = reports.ofAward(award.id());
    List<AuditEvent> events = new ArrayList<>(audit.eventsAbout(SubjectKind.AWARD, award.id()));
    award
        .milestones()
        .forEach(m -> events.addAll(audit.eventsAbout(SubjectKind.MILESTONE, m.id())));
    award
        .conditions()
        .forEach(c -> events.addAll(audit.eventsAbout(SubjectKind.CONDITION, c.id())));
    award
        .amendments()
        .forEach(a -> events.addAll(audit.eventsAbout(SubjectKind.AMENDMENT, a.id())));
    permits.forEach(p -> events.addAll(audit.eventsAbout(SubjectKind.PERMIT, p.id())));
    payments.forEach(p -> events.addAll(audit.eventsAbout(SubjectKind.PAYMENT_REQUEST, p.id())));
    owed.forEach(r -> events.addAll(audit.eventsAbout(SubjectKind.REPORT, r.id())));
    events.sort(Comparator.comparingLong(AuditEvent::id));
    return new AwardTrace(
        award, permits, payments, awards.ledger(award.id()), owed, events, audit.intact(events));
  }
}
