package org.lodestone.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.application.MilestoneService;
import org.lodestone.award.domain.DocumentPurpose;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.Certifications;
import org.lodestone.disbursement.domain.CostLine;
import org.lodestone.disbursement.domain.PaymentClaim;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentType;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.Money;
import org.lodestone.shared.ProgramClock;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * The disbursement steps of the demo, each run by DemoApplications as the demo user whose work it
 * is: reimbursements of last months' costs awaiting each approval (one above the second-approval
 * threshold), one returned, one released; a hold with a request waiting behind it; and a milestone
 * reported and awaiting the independent engineer.
 */
@ApplicationScoped
public class DemoDisbursements {

  @Inject private DisbursementService disbursements;
  @Inject private AwardService awards;
  @Inject private MilestoneService milestones;
  @Inject private WorkInbox inbox;
  @Inject private ProgramClock clock;

  /** A reimbursement of last month's costs, with an equal cost share and its invoices. */
  PaymentRequest reimbursement(long awardId, String key, String amount, BudgetCategory category) {
    return reimbursement(
        awardId, key, amount, category, clock.today().minusMonths(1).withDayOfMonth(1));
  }

  /** A reimbursement of one month's costs, from {@code month}'s first day. */
  PaymentRequest reimbursement(
      long awardId, String key, String amount, BudgetCategory category, LocalDate month) {
    long invoices =
        awards
            .attach(
                awardId,
                DocumentPurpose.PAYMENT_REQUEST,
                "invoices-" + key + ".pdf",
                DemoApplications.pdf("Invoices and cost ledger, " + key))
            .id();
    Money money = Money.of(amount);
    return disbursements
        .request(
            awardId,
            new PaymentClaim(
                PaymentType.REIMBURSEMENT,
                null,
                money,
                month,
                month.plusMonths(1).minusDays(1),
                List.of(new CostLine(category, money)),
                money,
                Money.ZERO,
                Set.of(invoices),
                new Certifications(true, true, true, false)),
            "demo-" + key)
        .request();
  }

  /** Reports an award's first milestone complete, with its commissioning report. */
  void reportFirstMilestone(long awardId) {
    long milestone = awards.get(awardId).milestones().get(0).id();
    long report =
        awards
            .attach(
                awardId,
                DocumentPurpose.MILESTONE,
                "commissioning-report.pdf",
                DemoApplications.pdf("Pilot plant commissioning report"))
            .id();
    milestones.report(
        milestone,
        "Pilot plant commissioned; 30 days of operating data attached.",
        List.of(report));
  }

  void decide(long requestId, String decision, String reason) {
    WorkItem task =
        inbox.openWorkOn(disbursements.get(requestId).subject()).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no approval task on " + requestId));
    inbox.complete(
        task.id(),
        reason == null
            ? Map.of("decision", decision)
            : Map.of("decision", decision, "reason", reason));
  }

  void hold(long awardId) {
    disbursements.placeHold(
        awardId, "Single audit finding on cash management open; payments held until it is closed.");
  }
}
