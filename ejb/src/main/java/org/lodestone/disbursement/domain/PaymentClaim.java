package org.lodestone.disbursement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.Money;
import org.lodestone.shared.Violation;

/**
 * What the recipient asks for in a payment request: the type, the milestone (for a milestone
 * payment), the amount, the period the costs were incurred in, the costs by budget category, the
 * cost share spent in cash and in kind, the evidence documents and the certifications.
 */
public record PaymentClaim(
    PaymentType type,
    Long milestoneId,
    Money amount,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<CostLine> costs,
    Money costShareCash,
    Money costShareInKind,
    Set<Long> documentIds,
    Certifications certifications) {

  public static final int COSTS_MAX = 20;
  public static final int DOCUMENTS_MAX = 20;

  /** Infrastructure costs, for which iron, steel and construction materials must be domestic. */
  public static final Set<BudgetCategory> INFRASTRUCTURE =
      EnumSet.of(BudgetCategory.CONSTRUCTION, BudgetCategory.EQUIPMENT);

  public PaymentClaim {
    costs = costs == null ? List.of() : List.copyOf(costs);
    documentIds = documentIds == null ? Set.of() : new TreeSet<>(documentIds);
    costShareCash = costShareCash == null ? Money.ZERO : costShareCash;
    costShareInKind = costShareInKind == null ? Money.ZERO : costShareInKind;
    certifications =
        certifications == null ? new Certifications(false, false, false, false) : certifications;
  }

  public Money costsIncurred() {
    return costs.stream().map(CostLine::amount).reduce(Money.ZERO, Money::plus);
  }

  public Money costShare() {
    return costShareCash.plus(costShareInKind);
  }

  public boolean has(Set<BudgetCategory> categories) {
    return costs.stream().anyMatch(c -> categories.contains(c.category()));
  }

  /**
   * What the claim cannot be at all, whatever the award: every violation at once. Costs are
   * reimbursed once incurred, so a period cannot end after {@code today}.
   */
  public List<Violation> violations(LocalDate today) {
    List<Violation> v = new ArrayList<>();
    if (type == null) {
      v.add(new Violation("type", "is required: MILESTONE, REIMBURSEMENT or ADVANCE"));
    }
    if (amount == null || amount.signum() <= 0) {
      v.add(new Violation("amount", "is required and must be more than zero"));
    }
    if (type == PaymentType.MILESTONE && milestoneId == null) {
      v.add(new Violation("milestoneId", "is required for a milestone payment"));
    }
    if (type != PaymentType.MILESTONE && milestoneId != null) {
      v.add(new Violation("milestoneId", "is only for a milestone payment"));
    }
    if (type == PaymentType.REIMBURSEMENT) {
      if (periodStart == null || periodEnd == null) {
        v.add(
            new Violation(
                "periodStart", "a reimbursement needs the period the costs were incurred in"));
      }
      if (costs.isEmpty()) {
        v.add(
            new Violation(
                "costsIncurred", "a reimbursement lists the costs incurred by budget category"));
      } else if (amount != null && amount.exceeds(costsIncurred())) {
        v.add(
            new Violation(
                "amount",
                amount.formatted()
                    + " is more than the costs incurred, "
                    + costsIncurred().formatted()));
      }
    }
    if (periodEnd != null && periodEnd.isAfter(today)) {
      v.add(new Violation("periodEnd", "is after today: costs are reimbursed once incurred"));
    }
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      v.add(new Violation("periodEnd", "is before periodStart"));
    }
    if (costs.size() > COSTS_MAX) {
      v.add(new Violation("costsIncurred", "at most " + COSTS_MAX + " cost lines"));
    }
    for (int i = 0; i < costs.size(); i++) {
      CostLine c = costs.get(i);
      if (c.category() == null) {
        v.add(new Violation("costsIncurred[" + i + "].category", "is required"));
      }
      if (c.amount() == null || c.amount().signum() <= 0) {
        v.add(new Violation("costsIncurred[" + i + "].amount", "must be more than zero"));
      }
    }
    if (costShareCash.isNegative()) {
      v.add(new Violation("costShareCash", "must not be negative"));
    }
    if (costShareInKind.isNegative()) {
      v.add(new Violation("costShareInKind", "must not be negative"));
    }
    if (documentIds.isEmpty()) {
      v.add(
          new Violation("documentIds", "at least one evidence document of the award is required"));
    } else if (documentIds.size() > DOCUMENTS_MAX) {
      v.add(new Violation("documentIds", "at most " + DOCUMENTS_MAX + " documents"));
    }
    return v;
  }

  /** A stable digest of the claim, to tell a retry from a different request under one key. */
  public String fingerprint() {
    StringBuilder s = new StringBuilder();
    s.append(type).append('|').append(milestoneId).append('|').append(amount).append('|');
    s.append(periodStart).append('|').append(periodEnd).append('|');
    costs.forEach(c -> s.append(c.category()).append('=').append(c.amount()).append(';'));
    s.append('|').append(costShareCash).append('|').append(costShareInKind).append('|');
    s.append(documentIds).append('|').append(certifications);
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
