package org.lodestone.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lodestone.award.domain.Amendment;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardVersion;
import org.lodestone.award.domain.BudgetPeriod;
import org.lodestone.award.domain.Milestone;
import org.lodestone.award.domain.SpecialCondition;
import org.lodestone.award.domain.TermsJson;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.organization.domain.Organization;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/** An award as the API shows it (API.md, "Awards"). */
public record AwardView(
    long id,
    String number,
    long applicationId,
    OrganizationRef organization,
    String status,
    long version,
    int termsVersion,
    String instrument,
    String obligatedAmount,
    String disbursedAmount,
    String remainingAmount,
    String costSharePercent,
    String paymentMethod,
    String maximumMonthlyDraw,
    Period periodOfPerformance,
    List<BudgetPeriodView> budgetPeriods,
    List<MilestoneView> milestones,
    List<ConditionView> conditions,
    List<Object> holds,
    List<AmendmentView> amendments,
    String fundsAvailable,
    List<Violation> termsViolations,
    String preparedBy,
    String returnedReason,
    String signedBy,
    Instant signedAt,
    String acceptedBy,
    Instant acceptedAt,
    String statusReason) {

  public record OrganizationRef(long id, String legalName, String uei) {}

  public record Period(LocalDate start, LocalDate end) {}

  public record BudgetPeriodView(
      int number,
      LocalDate start,
      LocalDate end,
      String amount,
      String status,
      String decidedBy,
      String justification) {
    static BudgetPeriodView of(BudgetPeriod p) {
      return new BudgetPeriodView(
          p.number(),
          p.start(),
          p.end(),
          Fields.money(p.amount()),
          p.status().name(),
          p.decidedBy(),
          p.justification());
    }
  }

  public record MilestoneView(
      long id,
      String title,
      String deliverable,
      int budgetPeriod,
      LocalDate dueDate,
      String amount,
      List<Long> permitIds,
      boolean engineerCertification,
      String status,
      List<Long> blockedByPermitIds,
      String completionSummary,
      List<Long> evidenceDocumentIds,
      String certifiedBy,
      String acceptedBy,
      String returnReason) {
    static MilestoneView of(Milestone m, Map<Long, List<Long>> blocking) {
      return new MilestoneView(
          m.id(),
          m.title(),
          m.deliverable(),
          m.budgetPeriod(),
          m.dueDate(),
          Fields.money(m.amount()),
          List.copyOf(new java.util.TreeSet<>(m.permitIds())),
          m.engineerCertification(),
          m.status().name(),
          blocking.getOrDefault(m.id(), List.of()),
          m.completionSummary(),
          List.copyOf(new java.util.TreeSet<>(m.evidenceIds())),
          m.certifiedBy(),
          m.acceptedBy(),
          m.returnReason());
    }
  }

  public record ConditionView(
      long id,
      String number,
      String effect,
      String reason,
      String cure,
      LocalDate deadline,
      String status,
      String imposedBy,
      Instant imposedAt,
      String cureExplanation,
      Instant cureSubmittedAt,
      String decisionReason,
      boolean deadlineMissed,
      List<Long> cureDocumentIds) {
    static ConditionView of(SpecialCondition c) {
      return new ConditionView(
          c.id(),
          c.number(),
          c.effect().name(),
          c.reason(),
          c.cure(),
          c.deadline(),
          c.status().name(),
          c.imposedBy(),
          c.imposedAt(),
          c.cureExplanation(),
          c.cureSubmittedAt(),
          c.decisionReason(),
          c.missedAt() != null,
          List.copyOf(new java.util.TreeSet<>(c.cureDocumentIds())));
    }
  }

  public record AmendmentView(
      long id,
      String number,
      String type,
      String reason,
      String status,
      String requestedBy,
      Instant requestedAt,
      String decidedBy,
      String decisionReason) {
    static AmendmentView of(Amendment a) {
      return new AmendmentView(
          a.id(),
          a.number(),
          a.type().name(),
          a.reason(),
          a.status().name(),
          a.requestedBy(),
          a.requestedAt(),
          a.decidedBy(),
          a.decisionReason());
    }
  }

  public record DocumentView(
      long id,
      String kind,
      String fileName,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    static DocumentView of(org.lodestone.award.domain.AwardDocument d) {
      return new DocumentView(
          d.id(),
          d.purpose().name(),
          d.fileName(),
          d.sizeBytes(),
          d.sha256(),
          d.uploadedBy(),
          d.uploadedAt());
    }
  }

  /** A version of the terms with what changed from the one before. */
  public record VersionView(
      int number, Instant madeAt, AmendmentView amendment, List<Map<String, String>> diff) {}

  public record PermitView(
      long id,
      String type,
      String name,
      String agency,
      String status,
      LocalDate timetableStart,
      LocalDate originalTargetDate,
      LocalDate targetDate,
      LocalDate actualDate,
      boolean missed,
      String pausedReason,
      LocalDate pausedSince,
      int extensionDaysUsed,
      int extensionDaysAllowed,
      List<Long> milestoneIds) {
    static PermitView of(Permit p, List<Long> milestoneIds, LocalDate today) {
      return new PermitView(
          p.id(),
          p.type().name(),
          p.name(),
          p.agency(),
          p.status().name(),
          p.timetableStart(),
          p.originalTargetDate(),
          p.targetDate(),
          p.actualDate(),
          p.missed(today),
          p.pausedReason(),
          p.pausedSince(),
          p.extensionDays(),
          p.extensionAllowance(),
          milestoneIds);
    }
  }

  public record LedgerEntryView(
      long id,
      Instant at,
      String type,
      String amount,
      long awardId,
      Long paymentRequestId,
      String reference,
      String obligatedAfter,
      String disbursedAfter) {
    static LedgerEntryView of(LedgerEntry e) {
      return new LedgerEntryView(
          e.id(),
          e.at(),
          e.type().name(),
          Fields.money(e.amount()),
          e.awardId(),
          e.paymentRequestId(),
          e.reference(),
          Fields.money(e.obligatedAfter()),
          Fields.money(e.disbursedAfter()));
    }
  }

  static AwardView of(
      Award a,
      Organization recipient,
      List<LedgerEntry> ledger,
      Money fundsAvailable,
      List<Violation> violations,
      Map<Long, List<Long>> blocking) {
    Money disbursed =
        ledger.isEmpty() ? Money.ZERO : ledger.get(ledger.size() - 1).disbursedAfter();
    return new AwardView(
        a.id(),
        a.number(),
        a.applicationId(),
        new OrganizationRef(recipient.id(), recipient.legalName(), recipient.uei()),
        a.status().name(),
        a.version(),
        a.termsVersion(),
        a.instrument().name(),
        Fields.money(a.obligatedAmount()),
        Fields.money(disbursed),
        Fields.money(a.obligatedAmount().minus(disbursed)),
        a.costSharePercent() == null ? null : a.costSharePercent().toPlainString(),
        a.paymentMethod() == null ? null : a.paymentMethod().name(),
        Fields.money(a.maximumMonthlyDraw()),
        new Period(a.start(), a.end()),
        a.budgetPeriods().stream().map(BudgetPeriodView::of).toList(),
        a.milestones().stream().map(m -> MilestoneView.of(m, blocking)).toList(),
        a.conditions().stream().map(ConditionView::of).toList(),
        List.of(),
        a.amendments().stream().map(AmendmentView::of).toList(),
        Fields.money(fundsAvailable),
        violations,
        a.preparedBy(),
        a.returnedReason(),
        a.signedBy(),
        a.signedAt(),
        a.acceptedBy(),
        a.acceptedAt(),
        a.statusReason());
  }

  /** Every version, each with its amendment and its differences from the one before. */
  static List<VersionView> versions(Award a) {
    List<VersionView> views = new java.util.ArrayList<>();
    AwardVersion previous = null;
    for (AwardVersion v : a.versions()) {
      Amendment amendment = v.amendmentId() == null ? null : a.amendment(v.amendmentId());
      views.add(
          new VersionView(
              v.number(),
              v.madeAt(),
              amendment == null ? null : AmendmentView.of(amendment),
              TermsJson.diff(previous == null ? null : previous.terms(), v.terms())));
      previous = v;
    }
    return views;
  }
}
