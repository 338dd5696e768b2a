package org.lodestone.web.api;

import java.time.Instant;
import java.util.List;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;

/** An application as the API shows it. */
public record ApplicationView(
    long id,
    String number,
    long opportunityId,
    long organizationId,
    String title,
    String summary,
    String federalAmountRequested,
    String status,
    String stage,
    String statusReason,
    long version,
    Instant createdAt,
    Instant submittedAt,
    List<HistoryEntry> history) {

  public record HistoryEntry(Instant at, String actor, String event) {
    static HistoryEntry of(AuditEvent event) {
      return new HistoryEntry(event.occurredAt(), event.actor(), event.eventName());
    }
  }

  static ApplicationView of(Application a, List<AuditEvent> history) {
    ApplicationDetails d = a.details();
    return new ApplicationView(
        a.id(),
        a.number(),
        a.opportunityId(),
        a.organizationId(),
        d.title(),
        d.summary(),
        d.federalAmountRequested() == null ? null : d.federalAmountRequested().toPlainString(),
        a.status().name(),
        a.status().stage(),
        a.statusReason(),
        a.version(),
        a.createdAt(),
        a.submittedAt(),
        history == null ? null : history.stream().map(HistoryEntry::of).toList());
  }
}
