package org.lodestone.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.disbursement.domain.Certifications;
import org.lodestone.disbursement.domain.CostLine;
import org.lodestone.disbursement.domain.PaymentClaim;
import org.lodestone.disbursement.domain.PaymentType;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * A payment request as {@code POST /awards/{id}/payment-requests} and a resubmission send it;
 * codes, dates and amounts are read field by field, so each wrong one is named.
 */
public record PaymentRequestBody(
    String type,
    Long milestoneId,
    BigDecimal amount,
    String periodStart,
    String periodEnd,
    List<CostBody> costsIncurred,
    BigDecimal costShareCash,
    BigDecimal costShareInKind,
    List<Long> documentIds,
    CertificationsBody certifications) {

  public record CostBody(String category, BigDecimal amount) {}

  public record CertificationsBody(
      Boolean costsAllowable,
      Boolean feocOwnershipUnchanged,
      Boolean buyAmerica,
      Boolean davisBacon) {}

  PaymentClaim claim() {
    List<Violation> v = new ArrayList<>();
    PaymentType kind = Fields.code(v, "type", type, PaymentType.class);
    Money money = Fields.amount(v, "amount", amount);
    List<CostLine> costs = new ArrayList<>();
    if (costsIncurred != null) {
      if (costsIncurred.size() > PaymentClaim.COSTS_MAX) {
        v.add(new Violation("costsIncurred", "at most " + PaymentClaim.COSTS_MAX + " cost lines"));
      }
      for (int i = 0; i < Math.min(costsIncurred.size(), PaymentClaim.COSTS_MAX); i++) {
        CostBody c = costsIncurred.get(i);
        String f = "costsIncurred[" + i + "]";
        if (c == null) {
          v.add(new Violation(f, "is empty"));
          continue;
        }
        BudgetCategory category =
            Fields.code(v, f + ".category", c.category(), BudgetCategory.class);
        costs.add(new CostLine(category, Fields.amount(v, f + ".amount", c.amount())));
      }
    }
    Set<Long> documents = new TreeSet<>();
    if (documentIds != null) {
      if (documentIds.size() > PaymentClaim.DOCUMENTS_MAX) {
        v.add(new Violation("documentIds", "at most " + PaymentClaim.DOCUMENTS_MAX + " documents"));
      } else {
        documentIds.stream().filter(java.util.Objects::nonNull).forEach(documents::add);
      }
    }
    CertificationsBody c =
        certifications == null ? new CertificationsBody(null, null, null, null) : certifications;
    PaymentClaim claim =
        new PaymentClaim(
            kind,
            milestoneId,
            money,
            Fields.date(v, "periodStart", periodStart),
            Fields.date(v, "periodEnd", periodEnd),
            costs,
            Fields.amount(v, "costShareCash", costShareCash),
            Fields.amount(v, "costShareInKind", costShareInKind),
            documents,
            new Certifications(
                Boolean.TRUE.equals(c.costsAllowable()),
                Boolean.TRUE.equals(c.feocOwnershipUnchanged()),
                Boolean.TRUE.equals(c.buyAmerica()),
                Boolean.TRUE.equals(c.davisBacon())));
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    return claim;
  }
}
