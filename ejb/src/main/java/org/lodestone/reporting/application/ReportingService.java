package org.lodestone.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentStatus;
import org.lodestone.disbursement.domain.PaymentType;
import org.lodestone.ledger.application.Ledger;
import org.lodestone.organization.domain.Organization;
import org.lodestone.reporting.domain.FinancialReport;
import org.lodestone.reporting.domain.SingleAuditRow;
import org.lodestone.shared.Money;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.shared.RuleViolationException;

/** Financial reports and single-audit tracking, computed from the ledger when asked. */
@Stateless
@PermitAll
public class ReportingService {

  @PersistenceContext private EntityManager em;
  @Inject private AwardService awards;
  @Inject private DisbursementService disbursements;
  @Inject private Ledger ledger;
  @Inject private ProgramClock clock;
  @Inject private ProgramSettings settings;

  /** The SF-425 lines of an award as of {@code periodEnd} (the recipient's own, or staff). */
  public FinancialReport financialReport(long awardId, LocalDate periodEnd) {
    Award award = awards.get(awardId);
    if (periodEnd.isBefore(award.start())) {
      throw new RuleViolationException(
          "periodEnd",
          "must not be before the period of performance starts (" + award.start() + ")");
    }
    Instant cutoff = periodEnd.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    List<PaymentRequest> requests = disbursements.ofAward(award.id());
    Set<Long> advances =
        requests.stream()
            .filter(r -> r.type() == PaymentType.ADVANCE)
            .map(PaymentRequest::id)
            .collect(Collectors.toSet());
    List<FinancialReport.Entry> entries =
        ledger.of(award.id()).stream()
            .map(
                e ->
                    new FinancialReport.Entry(
                        e.type().name(),
                        e.amount(),
                        e.at(),
                        e.paymentRequestId() != null && advances.contains(e.paymentRequestId())))
            .toList();
    List<FinancialReport.Draw> draws = new ArrayList<>();
    Money unliquidated = Money.ZERO;
    for (PaymentRequest r : requests) {
      if (r.status() == PaymentStatus.RELEASED) {
        draws.add(
            new FinancialReport.Draw(r.costShareCash().plus(r.costShareInKind()), r.releasedAt()));
      } else if ((r.status() == PaymentStatus.APPROVED || r.status() == PaymentStatus.HELD)
          && r.submittedAt().isBefore(cutoff)) {
        unliquidated = unliquidated.plus(r.approvedAmount());
      }
    }
    return FinancialReport.of(
        periodEnd, cutoff, entries, draws, unliquidated, award.costSharePercent());
  }

  /** The SF-425 lines as a PDF, with the award's number and recipient. */
  public byte[] financialReportPdf(long awardId, LocalDate periodEnd) {
    FinancialReport report = financialReport(awardId, periodEnd);
    Award award = awards.get(awardId);
    Organization recipient = em.find(Organization.class, award.organizationId());
    return org.lodestone.reporting.infrastructure.FinancialReportPdf.of(
        report, award.number(), recipient.legalName(), recipient.uei(), clock.zone());
  }

  /**
   * Federal expenditures per recipient in federal fiscal year {@code fiscalYear} (1 October of the
   * year before to 30 September), largest first, flagged at the single-audit threshold.
   */
  @RolesAllowed({"AUDITOR", "FINANCE_OFFICER", "ADMIN"})
  public List<SingleAuditRow> singleAudit(int fiscalYear) {
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      throw new RuleViolationException("fiscalYear", "must be a year such as 2027");
    }
    Instant from = LocalDate.of(fiscalYear - 1, 10, 1).atStartOfDay(clock.zone()).toInstant();
    Instant to = LocalDate.of(fiscalYear, 10, 1).atStartOfDay(clock.zone()).toInstant();
    @SuppressWarnings("unchecked")
    List<Object[]> sums =
        em.createNativeQuery(
                "SELECT a.organization_id, COUNT(DISTINCT a.id),"
                    + " SUM(CASE WHEN e.type = 'DISBURSEMENT' THEN e.amount ELSE -e.amount END)"
                    + " FROM ledger_entry e JOIN award a ON a.id = e.award_id"
                    + " WHERE e.type IN ('DISBURSEMENT', 'RECOVERY') AND e.at >= ?1 AND e.at < ?2"
                    + " GROUP BY a.organization_id")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    Money threshold = settings.getSingleAuditThreshold();
    Map<Long, Organization> organizations =
        sums.isEmpty()
            ? Map.of()
            : em.createQuery("select o from Organization o where o.id in :ids", Organization.class)
                .setParameter("ids", sums.stream().map(r -> ((Number) r[0]).longValue()).toList())
                .getResultStream()
                .collect(Collectors.toMap(Organization::id, o -> o));
    return sums.stream()
        .map(
            r -> {
              Organization o = organizations.get(((Number) r[0]).longValue());
              Money spent = Money.of(new BigDecimal(r[2].toString()));
              return new SingleAuditRow(
                  o.id(),
                  o.legalName(),
                  o.uei(),
                  ((Number) r[1]).intValue(),
                  spent,
                  !threshold.exceeds(spent));
            })
        .sorted(Comparator.comparing(SingleAuditRow::expenditures).reversed())
        .toList();
  }

  /** The fiscal year a day falls in (October starts the next one). */
  public int fiscalYearOf(LocalDate day) {
    return day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
  }

  public Money singleAuditThreshold() {
    return settings.getSingleAuditThreshold();
  }
}
