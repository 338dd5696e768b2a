package org.lodestone.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.AmendmentType;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardTerms;
import org.lodestone.award.domain.BudgetPeriodTerms;
import org.lodestone.award.domain.ConditionEffect;
import org.lodestone.award.domain.ConditionTerms;
import org.lodestone.award.domain.MilestoneTerms;
import org.lodestone.award.domain.PaymentMethod;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.ActionType;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.permitting.domain.ReasonCategory;
import org.lodestone.shared.Money;
import org.lodestone.workflow.award.AwardProcess;
import org.lodestone.workflow.award.AwardTasks;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.permitting.PermittingProcess;
import org.lodestone.workflow.permitting.PermittingTasks;

/**
 * The award steps of the demo, each run by DemoApplications as the demo user whose work it is:
 * terms with two budget periods and milestones that wait for the project's permits, the signature,
 * the acceptance, a special condition, a supplement, and a budget period that has ended.
 */
@ApplicationScoped
public class DemoAwards {

  @Inject private AwardService awards;
  @Inject private WorkInbox inbox;
  @Inject private RuntimeService runtime;
  @Inject private ManagementService management;
  @Inject private org.lodestone.shared.ProgramClock clock;
  @Inject private PermittingService permitting;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  long awardOf(long applicationId) {
    return awards.ofApplication(applicationId).orElseThrow().id();
  }

  /**
   * Negotiated terms: 40% in budget period 1, the rest in period 2; sent for signature if asked.
   */
  void negotiate(long awardId, boolean send, boolean monthlyMaximum) {
    Award award = awards.get(awardId);
    List<Permit> permits = awards.permits(awardId);
    Money total = award.obligatedAmount();
    Money first =
        Money.of(total.amount().multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.DOWN));
    Money second = total.minus(first);
    // performance began eight months ago, so that last months' costs can be reimbursed
    LocalDate start = clock.today().minusMonths(8).withDayOfMonth(1);
    LocalDate split = start.plusMonths(19).withDayOfMonth(1);
    List<MilestoneTerms> milestones = new ArrayList<>();
    milestones.add(
        new MilestoneTerms(
            null,
            "Pilot plant commissioned",
            "Commissioning report and 30 days of operating data",
            1,
            split.minusMonths(6),
            Money.of(first.amount().multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN)),
            permits.isEmpty() ? List.of() : List.of(permits.get(0).id()),
            true));
    milestones.add(
        new MilestoneTerms(
            null,
            "Commercial production started",
            "Independent engineer's report on nameplate output",
            2,
            award.end().minusMonths(2),
            Money.of(
                second.amount().multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN)),
            permits.stream().map(Permit::id).toList(),
            true));
    awards.revise(
        awardId,
        award.version(),
        new AwardTerms(
            total,
            award.costSharePercent(),
            start,
            award.end(),
            PaymentMethod.REIMBURSEMENT,
            monthlyMaximum
                ? Money.of(first.amount().divide(new BigDecimal("6"), 2, RoundingMode.DOWN))
                : null,
            List.of(
                new BudgetPeriodTerms(1, start, split.minusDays(1), first),
                new BudgetPeriodTerms(2, split, award.end(), second)),
            milestones));
    if (send) {
      complete(award, AwardTasks.PREPARE_AWARD, Map.of());
    }
  }

  /**
   * A project whose two years of performance ended last month: one budget period, its milestone
   * met; accepted now, it goes straight to closeout with its quarterly reports open.
   */
  void negotiateCompleted(long awardId) {
    Award award = awards.get(awardId);
    Money total = award.obligatedAmount();
    LocalDate end = clock.today().withDayOfMonth(1).minusMonths(1).minusDays(1);
    LocalDate start = end.plusDays(1).minusYears(2);
    awards.revise(
        awardId,
        award.version(),
        new AwardTerms(
            total,
            award.costSharePercent(),
            start,
            end,
            PaymentMethod.REIMBURSEMENT,
            null,
            List.of(new BudgetPeriodTerms(1, start, end, total)),
            List.of(
                new MilestoneTerms(
                    null,
                    "Pilot wells producing",
                    "Ninety days of brine flow and grade data",
                    1,
                    end.minusMonths(3),
                    Money.of(
                        total
                            .amount()
                            .multiply(new BigDecimal("0.5"))
                            .setScale(2, RoundingMode.DOWN)),
                    List.of(),
                    false))));
    complete(award, AwardTasks.PREPARE_AWARD, Map.of());
  }

  void sign(long awardId) {
    complete(awards.get(awardId), AwardTasks.SIGN_AWARD, Map.of("decision", "APPROVE"));
  }

  void accept(long awardId) {
    complete(
        awards.get(awardId),
        AwardTasks.ACCEPT_AWARD,
        Map.of("decision", "ACCEPT", "feocCertified", true));
  }

  void reimbursementOnly(long awardId) {
    awards.impose(
        awardId,
        new ConditionTerms(
            ConditionEffect.REIMBURSEMENT_ONLY,
            "The audited financial statements show a going-concern note.",
            "Submit audited statements for the last fiscal year without a going-concern note.",
            clock.today().plusDays(90)));
  }

  /** The recipient asks for $2M more in budget period 2 (a prior-approval request). */
  void askForSupplement(long awardId) {
    Award award = awards.get(awardId);
    AwardTerms t = award.terms();
    Money more = Money.of("2000000.00");
    List<BudgetPeriodTerms> periods = new ArrayList<>(t.budgetPeriods());
    BudgetPeriodTerms last = periods.remove(periods.size() - 1);
    periods.add(
        new BudgetPeriodTerms(last.number(), last.start(), last.end(), last.amount().plus(more)));
    awards.requestAmendment(
        awardId,
        AmendmentType.SUPPLEMENT,
        "Steel and reagent prices rose 9% since the application; the second train needs $2M more.",
        new AwardTerms(
            t.obligatedAmount().plus(more),
            t.costSharePercent(),
            t.start(),
            t.end(),
            t.paymentMethod(),
            t.maximumMonthlyDraw(),
            periods,
            t.milestones()));
  }

  void approveAmendment(long awardId) {
    Award award = awards.get(awardId);
    long amendment = award.amendments().get(award.amendments().size() - 1).id();
    WorkItem task =
        inbox.openWork().stream()
            .filter(w -> w.type() == AwardTasks.APPROVE_AMENDMENT && w.subject().id() == amendment)
            .findFirst()
            .orElseThrow();
    inbox.complete(
        task.id(), Map.of("decision", "APPROVE", "reason", "Within the funds; costs documented."));
  }

  /** Budget period 1 ends, as if its months had passed: the go/no-go decision falls due. */
  void endBudgetPeriod(String awardNumber) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(AwardProcess.ID)
            .processInstanceBusinessKey(awardNumber)
            .singleResult()
            .getId();
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    management.executeJob(timer.getId());
  }

  /**
   * Timetables in every state, kept by the permitting specialist: a date moved with its reason, a
   * move of a date a milestone waits for that needs approval (twice: one approved later, bringing
   * the action near its extension cap, one left pending), a paused action, a denied permit, and a
   * target date that passed (time passing, as the demo does for deadlines) so that the daily look
   * flags it and its status report is due.
   */
  void keepTimetables(long[] ids) {
    LocalDate today = clock.today();
    Permit nearCap = permit(ids[2], ActionType.STATE_MINING);
    permitting.update(
        nearCap.id(),
        new PermittingService.Update(
            null,
            nearCap.targetDate().plusDays(nearCap.extensionAllowance() - 8),
            null,
            "The state agency asked for a second public comment period.",
            ReasonCategory.AGENCY_RESOURCES));
    Permit pending = permit(ids[3], ActionType.STATE_MINING);
    permitting.update(
        pending.id(),
        new PermittingService.Update(
            null,
            pending.targetDate().plusDays(45),
            null,
            "Baseline groundwater survey extended by the sponsor.",
            ReasonCategory.PROJECT_SPONSOR));
    Permit paused = permit(ids[4], ActionType.STATE_MINING);
    permitting.update(
        paused.id(),
        new PermittingService.Update(
            PermitStatus.PAUSED,
            null,
            null,
            "The sponsor is redesigning the evaporation ponds.",
            ReasonCategory.PROJECT_SPONSOR));
    Permit denied = permit(ids[0], ActionType.WATER_RIGHTS);
    permitting.update(
        denied.id(),
        new PermittingService.Update(
            PermitStatus.DENIED,
            null,
            null,
            "The water rights application was refused: the basin is over-appropriated.",
            ReasonCategory.NEW_INFORMATION));
    Permit missed = permit(ids[3], ActionType.WATER_RIGHTS);
    em.createQuery("update Permit p set p.targetDate = :d where p.id = :id")
        .setParameter("d", today.minusDays(12))
        .setParameter("id", missed.id())
        .executeUpdate();
  }

  /** The program officer approves the oldest pending change (the one that nears the cap). */
  void approveFirstChange(long awardId) {
    Permit permit = permit(awardId, ActionType.STATE_MINING);
    WorkItem task =
        inbox.openWork().stream()
            .filter(
                w ->
                    w.type() == PermittingTasks.APPROVE_TIMETABLE_CHANGE
                        && w.subject().id() == permit.id())
            .findFirst()
            .orElseThrow();
    inbox.complete(
        task.id(),
        Map.of("decision", "APPROVE", "reason", "The comment period is required by state law."));
  }

  /** A day passes: the daily look of a timetable flags its missed dates. */
  void lookForMissedDates(String awardNumber) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PermittingProcess.ID)
            .processInstanceBusinessKey(awardNumber)
            .singleResult()
            .getId();
    Job daily =
        management
            .createJobQuery()
            .processInstanceId(instance)
            .activityId("StartEvent_Daily")
            .singleResult();
    management.executeJob(daily.getId());
  }

  private Permit permit(long awardId, ActionType type) {
    return awards.permits(awardId).stream().filter(p -> p.type() == type).findFirst().orElseThrow();
  }

  private void complete(Award award, TaskType type, Map<String, ?> body) {
    WorkItem task =
        inbox.openWorkOn(award.subject()).stream()
            .filter(w -> w.type() == type)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no " + type + " task on " + award.number()));
    inbox.complete(task.id(), body);
  }
}
