package org.lodestone.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.Approval;
import org.lodestone.disbursement.domain.Check;
import org.lodestone.disbursement.domain.PaymentRequest;

/** A payment request with its checks as they stand, its approvals and its release. */
public record PaymentRequestView(
    long id,
    String number,
    long awardId,
    String type,
    Long milestoneId,
    int budgetPeriod,
    String status,
    String statusReason,
    String requestedAmount,
    String approvedAmount,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<CostView> costsIncurred,
    String costShareCash,
    String costShareInKind,
    List<Long> documentIds,
    CertificationsView certifications,
    String requestedBy,
    Instant submittedAt,
    LocalDate paymentDueBy,
    String nextStep,
    List<Check> checks,
    List<ApprovalView> approvals,
    String paymentReference,
    Long ledgerEntryId,
    Instant releasedAt) {

  public record CostView(String category, String amount) {}

  public record CertificationsView(
      boolean costsAllowable,
      boolean feocOwnershipUnchanged,
      boolean buyAmerica,
      boolean davisBacon) {}

  public record ApprovalView(
      int round,
      String step,
      String actor,
      String decision,
      String amount,
      String reason,
      Instant at) {
    static ApprovalView of(Approval a) {
      return new ApprovalView(
          a.round(),
          a.step().name(),
          a.actor(),
          a.decision().name(),
          Fields.money(a.amount()),
          a.reason(),
          a.at());
    }
  }

  static PaymentRequestView of(PaymentRequest r, DisbursementService disbursements) {
    return new PaymentRequestView(
        r.id(),
        r.number(),
        r.awardId(),
        r.type().name(),
        r.milestoneId(),
        r.budgetPeriod(),
        r.status().name(),
        r.statusReason(),
        Fields.money(r.requestedAmount()),
        Fields.money(r.approvedAmount()),
        r.periodStart(),
        r.periodEnd(),
        r.costs().stream()
            .map(c -> new CostView(c.category().name(), Fields.money(c.amount())))
            .toList(),
        Fields.money(r.costShareCash()),
        Fields.money(r.costShareInKind()),
        List.copyOf(new java.util.TreeSet<>(r.documentIds())),
        new CertificationsView(
            r.certifications().costsAllowable(),
            r.certifications().feocOwnershipUnchanged(),
            r.certifications().buyAmerica(),
            r.certifications().davisBacon()),
        r.requestedBy(),
        r.submittedAt(),
        disbursements.dueBy(r),
        disbursements.nextStep(r).map(Enum::name).orElse(null),
        disbursements.checks(r),
        r.approvals().stream().map(ApprovalView::of).toList(),
        r.paymentReference(),
        r.ledgerEntryId(),
        r.releasedAt());
  }
}
