package org.lodestone.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.Attachment;

/** An application as the API shows it. */
public record ApplicationView(
    long id,
    String number,
    long opportunityId,
    long organizationId,
    String title,
    String summary,
    String topicArea,
    List<String> minerals,
    SiteView site,
    String projectStage,
    BigDecimal capacityTonnesPerYear,
    Integer jobsCreated,
    String totalProjectCost,
    String federalAmountRequested,
    String costShareCash,
    String costShareInKind,
    String costSharePercent,
    LocalDate startDate,
    LocalDate endDate,
    List<PermitView> permits,
    List<BudgetView> budget,
    boolean ownershipCertified,
    String status,
    String stage,
    String statusReason,
    Eligibility eligibility,
    List<AttachmentView> attachments,
    long version,
    Instant createdAt,
    Instant submittedAt,
    List<HistoryEntry> history) {

  public record SiteView(String state, String county, BigDecimal latitude, BigDecimal longitude) {}

  public record PermitView(String type, String agency, LocalDate expectedDate) {}

  public record BudgetView(String category, String amount) {}

  public record Eligibility(Boolean eligible, List<String> reasons) {}

  public record AttachmentView(
      long id,
      String kind,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    static AttachmentView of(Attachment a) {
      return new AttachmentView(
          a.id(),
          a.kind().name(),
          a.fileName(),
          a.contentType(),
          a.sizeBytes(),
          a.sha256(),
          a.uploadedBy(),
          a.uploadedAt());
    }
  }

  public record HistoryEntry(Instant at, String actor, String event) {
    static HistoryEntry of(AuditEvent event) {
      return new HistoryEntry(event.occurredAt(), event.actor(), event.eventName());
    }
  }

  static ApplicationView of(Application a, List<Attachment> attachments, List<AuditEvent> history) {
    ApplicationDetails d = a.details();
    return new ApplicationView(
        a.id(),
        a.number(),
        a.opportunityId(),
        a.organizationId(),
        d.title(),
        d.summary(),
        name(d.topicArea()),
        List.copyOf(d.minerals()),
        d.site().isEmpty()
            ? null
            : new SiteView(
                d.site().state(), d.site().county(), d.site().latitude(), d.site().longitude()),
        name(d.projectStage()),
        d.capacityTonnesPerYear(),
        d.jobsCreated(),
        Fields.money(d.totalProjectCost()),
        Fields.money(d.federalAmountRequested()),
        Fields.money(d.costShareCash()),
        Fields.money(d.costShareInKind()),
        d.costSharePercent() == null ? null : d.costSharePercent().toPlainString(),
        d.startDate(),
        d.endDate(),
        d.permits().stream()
            .map(p -> new PermitView(name(p.type()), p.agency(), p.expectedDate()))
            .toList(),
        d.budget().stream()
            .map(b -> new BudgetView(name(b.category()), Fields.money(b.amount())))
            .toList(),
        a.ownershipCertified(),
        a.status().name(),
        a.status().stage(),
        a.statusReason(),
        new Eligibility(a.eligible(), a.eligibilityReasons()),
        attachments == null ? null : attachments.stream().map(AttachmentView::of).toList(),
        a.version(),
        a.createdAt(),
        a.submittedAt(),
        history == null ? null : history.stream().map(HistoryEntry::of).toList());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
