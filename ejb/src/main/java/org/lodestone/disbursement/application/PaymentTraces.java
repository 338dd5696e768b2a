package org.lodestone.disbursement.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentSample;
import org.lodestone.disbursement.infrastructure.PaymentRequestRepository;
import org.lodestone.ledger.application.Ledger;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.shared.SubjectKind;

/** Traces a payment for auditors (and for its recipient: another organization's is unknown). */
@Stateless
@PermitAll
public class PaymentTraces {

  @Inject private DisbursementService disbursements;
  @Inject private AwardService awards;
  @Inject private Ledger ledger;
  @Inject private AuditTrail audit;
  @Inject private PaymentRequestRepository requests;

  /** A reproducible stratified sample of the released payments (staff and auditors). */
  @jakarta.annotation.security.RolesAllowed({"AUDITOR", "FINANCE_OFFICER", "ADMIN"})
  public List<PaymentSample.Drawn> sample(long seed, int size) {
    return PaymentSample.draw(requests.releasedForSample(), seed, size);
  }

  public PaymentTrace trace(long requestId) {
    PaymentRequest request = disbursements.get(requestId);
    Award award = awards.get(request.awardId());
    List<AwardDocument> evidence =
        awards.documents(award.id()).stream()
            .filter(d -> request.documentIds().contains(d.id()))
            .toList();
    List<LedgerEntry> entries =
        ledger.of(award.id()).stream()
            .filter(e -> Long.valueOf(requestId).equals(e.paymentRequestId()))
            .toList();
    Set<String> mentions = new java.util.HashSet<>();
    evidence.forEach(d -> mentions.add("\"document\":\"" + d.id() + "\""));
    entries.forEach(e -> mentions.add("\"entry\":\"" + e.id() + "\""));
    List<AuditEvent> events =
        new ArrayList<>(audit.eventsAbout(SubjectKind.PAYMENT_REQUEST, requestId));
    audit.eventsAbout(SubjectKind.AWARD, award.id()).stream()
        .filter(e -> mentions.stream().anyMatch(e.data()::contains))
        .forEach(events::add);
    events.sort(Comparator.comparingLong(AuditEvent::id));
    return new PaymentTrace(
        request, award.number(), evidence, entries, events, audit.intact(events));
  }
}
