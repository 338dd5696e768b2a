package org.lodestone.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.AttachmentKind;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.intake.domain.BudgetLine;
import org.lodestone.intake.domain.PermitType;
import org.lodestone.intake.domain.PlannedPermit;
import org.lodestone.intake.domain.ProjectStage;
import org.lodestone.intake.domain.Site;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.workflow.inbox.TaskType;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.intake.IntakeProcess;
import org.lodestone.workflow.intake.IntakeTasks;
import org.lodestone.workflow.review.ReviewTasks;

/**
 * Applications at every intake and review stage (draft, awaiting screening, returned, withdrawn;
 * awaiting reviewers, scoring, awaiting a replacement reviewer, reconciliation, ready for
 * selection, selected, declined), made once through the real services and processes by the demo
 * users, so that each of them finds work waiting.
 *
 * <p>Each demo user acts in one call: WildFly's brute-force protection (10 failures, 15 minutes)
 * locked the program officer's account when the demo made about 20 run-as calls as her, so run-as
 * identities are kept few.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "DemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoApplications {

  private static final Logger LOG = Logger.getLogger(DemoApplications.class.getName());
  private static final long EXTRACTION = 1;
  private static final long PROCESSING = 2;
  private static final long RECYCLING = 3;

  @Inject private ApplicationService applications;
  @Inject private WorkInbox inbox;
  @Inject private ManagementService management;
  @Inject private RuntimeService runtime;
  @Inject private AsApplicant alice;
  @Inject private AsOtherApplicant bob;
  @Inject private AsProgramOfficer olivia;
  @Inject private AsRita rita;
  @Inject private AsRavi ravi;
  @Inject private AsRosa rosa;
  @Inject private AsPermittingSpecialist pat;
  @Inject private AsSelectingOfficial sam;
  @Inject private DemoAwards demoAwards;
  @Inject private DemoDisbursements demoDisbursements;
  @Inject private DemoReports demoReports;
  @Inject private AsFinanceOfficer fiona;
  @Inject private org.lodestone.award.application.AwardService awardService;

  @PostConstruct
  void seed() {
    if (!Boolean.getBoolean(DemoData.SWITCH)) {
      return;
    }
    long[] existing = new long[1];
    olivia.run(() -> existing[0] = applications.count(null));
    if (existing[0] > 0) {
      return;
    }
    LOG.info("Seeding demo applications");
    long[] alices = new long[7];
    long[] awarded = new long[6];
    alice.run(
        () -> {
          applications.create(
              EXTRACTION,
              ApplicationDetails.brief(
                  "Clayton Valley lithium clay pilot",
                  "Pilot plant for lithium from sedimentary clay; draft in progress.",
                  null),
              false);
          alices[0] =
              submitted(EXTRACTION, greatBasin("Silver Peak brine expansion", "42000000.00"));
          alices[1] =
              submitted(
                  PROCESSING,
                  greatBasinProcessing(
                      "Tonopah nickel-cobalt hydrometallurgical refinery", "60000000.00"));
          alices[2] =
              submitted(EXTRACTION, greatBasin("Fish Lake Valley exploration", "6000000.00"));
          alices[3] =
              submitted(
                  PROCESSING,
                  greatBasinProcessing("Lithium hydroxide conversion plant", "45000000.00"));
          alices[4] =
              submitted(
                  PROCESSING,
                  greatBasinProcessing("Spherical graphite anode plant", "30000000.00"));
          alices[5] =
              submitted(
                  PROCESSING,
                  greatBasinProcessing("Nickel sulfate refinery expansion", "80000000.00"));
          awarded[0] =
              submitted(EXTRACTION, greatBasin("Kings Valley lithium clay mine", "48000000.00"));
          awarded[1] =
              submitted(
                  EXTRACTION, greatBasin("Rhyolite Ridge boron-lithium project", "64000000.00"));
          awarded[2] =
              submitted(EXTRACTION, greatBasin("Bonnie Claire lithium brine wells", "36000000.00"));
          awarded[3] =
              submitted(EXTRACTION, greatBasin("Thacker Pass concentrator upgrade", "90000000.00"));
          awarded[4] =
              submitted(EXTRACTION, greatBasin("Big Smoky Valley brine pilot", "24000000.00"));
          awarded[5] =
              submitted(EXTRACTION, greatBasin("Silver Peak brine pilot wells", "20000000.00"));
        });
    List<Long> awards = java.util.Arrays.stream(awarded).boxed().toList();
    long awaitingAssignment = alices[1];
    long withdrawn = alices[2];
    long scoring = alices[3];
    long replacement = alices[4];
    long ready = alices[5];
    long[] bobs = new long[4];
    bob.run(
        () -> {
          bobs[0] =
              submitted(RECYCLING, appalachian("Coal ash rare earth recovery", "18000000.00"));
          submitted(RECYCLING, appalachian("Magnet recycling bench pilot", "500000.00"));
          bobs[1] =
              submitted(RECYCLING, appalachian("Rare earth oxide separation line", "24000000.00"));
          bobs[2] =
              submitted(RECYCLING, appalachian("Magnet-to-magnet recycling line", "12000000.00"));
          bobs[3] =
              submitted(RECYCLING, appalachian("Phosphor lamp rare earth recovery", "3000000.00"));
        });
    long returned = bobs[0];
    long reconcile = bobs[1];
    long selected = bobs[2];
    long declined = bobs[3];
    List<Long> reviewedByRitaAndRavi =
        new java.util.ArrayList<>(List.of(reconcile, ready, selected, declined));
    reviewedByRitaAndRavi.addAll(awards);

    olivia.run(
        () -> {
          screen(
              returned,
              "RETURN",
              "The letter of commitment from the utility supplying the ash is missing.");
          screen(withdrawn, "RETURN", "Provide the water rights evidence.");
          List<Long> accepted =
              new java.util.ArrayList<>(List.of(awaitingAssignment, scoring, replacement));
          accepted.addAll(reviewedByRitaAndRavi);
          for (long id : accepted) {
            screen(id, "ACCEPT", "Complete and eligible on its face.");
          }
          assign(scoring, "rita", "ravi");
          assign(replacement, "rita", "rosa");
          reviewedByRitaAndRavi.forEach(id -> assign(id, "rita", "ravi"));
          rateRisk(ready, "MEDIUM");
          rateRisk(selected, "LOW");
          rateRisk(declined, "HIGH");
          awards.forEach(id -> rateRisk(id, "LOW"));
        });
    passCorrectionDeadline(withdrawn);
    rita.run(
        () -> {
          declare(scoring, false);
          score(reconcile, 5, 5, 4, 4);
          score(ready, 4, 5, 4, 3);
          score(selected, 5, 4, 4, 4);
          score(declined, 2, 2, 3, 2);
          awards.forEach(id -> score(id, 5, 5, 4, 4));
        });
    ravi.run(
        () -> {
          score(reconcile, 2, 2, 3, 2);
          score(ready, 4, 4, 4, 4);
          score(selected, 4, 5, 4, 3);
          score(declined, 2, 3, 2, 2);
          awards.forEach(id -> score(id, 4, 5, 4, 4));
        });
    rosa.run(
        () ->
            complete(
                replacement,
                ReviewTasks.DECLARE_CONFLICT,
                Map.of(
                    "conflict",
                    true,
                    "explanation",
                    "I consulted for Great Basin Lithium on its anode pilot in 2025.")));
    pat.run(
        () -> {
          screenEnvironment(reconcile, "EA");
          screenEnvironment(ready, "EIS");
          screenEnvironment(selected, "CATEX");
          screenEnvironment(declined, "CATEX");
          awards.forEach(id -> screenEnvironment(id, "EA"));
        });
    sam.run(
        () -> {
          complete(
              selected,
              ReviewTasks.SELECT_APPLICATION,
              Map.of(
                  "decision",
                  "SELECT",
                  "justification",
                  "Ranks first in recycling; strong offtake letters; well within the funds available."));
          complete(
              declined,
              ReviewTasks.SELECT_APPLICATION,
              Map.of(
                  "decision",
                  "DECLINE",
                  "justification",
                  "Below the competitive range; the feedstock supply is not secured."));
          for (long id : awards) {
            complete(
                id,
                ReviewTasks.SELECT_APPLICATION,
                Map.of(
                    "decision",
                    "SELECT",
                    "justification",
                    "Ranks in the top band; domestic lithium supply for cathode makers."));
          }
        });
    seedAwards(awards);
    LOG.info("Demo applications seeded; the one awaiting screening is " + alices[0]);
  }

  /**
   * Awards at each stage, all Great Basin Lithium's: one being prepared, one awaiting signature,
   * one awaiting acceptance, one active in budget period 1 with a special condition, one amended,
   * and one at its go/no-go decision (the amended one).
   */
  private void seedAwards(List<Long> applicationIds) {
    long[] ids = new long[applicationIds.size()];
    String[] numbers = new String[ids.length];
    olivia.run(
        () -> {
          for (int i = 0; i < ids.length; i++) {
            ids[i] = demoAwards.awardOf(applicationIds.get(i));
            numbers[i] = awardService.get(ids[i]).number();
            if (i == 5) {
              demoAwards.negotiateCompleted(ids[i]);
            } else {
              demoAwards.negotiate(ids[i], i > 0, i < 3);
            }
          }
        });
    sam.run(() -> List.of(2, 3, 4, 5).forEach(i -> demoAwards.sign(ids[i])));
    alice.run(
        () -> {
          demoAwards.accept(ids[3]);
          demoAwards.accept(ids[4]);
          demoAwards.askForSupplement(ids[4]);
          demoAwards.accept(ids[5]);
        });
    olivia.run(() -> demoAwards.reimbursementOnly(ids[3]));
    sam.run(() -> demoAwards.approveAmendment(ids[4]));
    demoAwards.endBudgetPeriod(numbers[4]);
    pat.run(() -> demoAwards.keepTimetables(ids));
    olivia.run(() -> demoAwards.approveFirstChange(ids[2]));
    demoAwards.lookForMissedDates(numbers[3]);
    seedPayments(ids[3], ids[4]);
    seedReports(ids[3], ids[5]);
  }

  /**
   * Reports in every state: on the active award the oldest quarter's progress report returned and
   * its financial report certified, the later ones late; the completed award in closeout with every
   * quarterly report in, a final draw paid during closeout, and its final reports due.
   */
  private void seedReports(long active, long completed) {
    long[] finalDraw = new long[1];
    alice.run(
        () -> {
          demoReports.sendProgress(active, 1);
          demoReports.certifyFinancial(active, 1);
          demoReports.sendProgress(completed, Integer.MAX_VALUE);
          demoReports.certifyFinancial(completed, Integer.MAX_VALUE);
          finalDraw[0] =
              demoDisbursements
                  .reimbursement(
                      completed,
                      "final-draw",
                      "3200000.00",
                      BudgetCategory.EQUIPMENT,
                      awardService.get(completed).end().withDayOfMonth(1))
                  .id();
        });
    olivia.run(
        () -> {
          demoReports.review(
              active,
              "RETURN",
              "Give the capacity built at each well field, and the hires by county for the jobs figure.");
          demoReports.review(completed, "ACCEPT", "Complete and consistent with the ledger.");
          demoDisbursements.decide(finalDraw[0], "APPROVE", null);
        });
    fiona.run(() -> demoDisbursements.decide(finalDraw[0], "APPROVE", null));
  }

  /**
   * Payment requests on the active award: one released, one awaiting each approval (one above the
   * second-approval threshold), one returned; a hold on the amended award with an approved request
   * waiting behind it, and its first milestone awaiting the independent engineer.
   */
  private void seedPayments(long active, long amended) {
    long[] r = new long[6];
    alice.run(
        () -> {
          r[0] =
              demoDisbursements
                  .reimbursement(active, "released", "1250000.00", BudgetCategory.PERSONNEL)
                  .id();
          r[1] =
              demoDisbursements
                  .reimbursement(active, "first-approval", "2400000.00", BudgetCategory.EQUIPMENT)
                  .id();
          r[2] =
              demoDisbursements
                  .reimbursement(active, "certification", "850000.00", BudgetCategory.SUPPLIES)
                  .id();
          r[3] =
              demoDisbursements
                  .reimbursement(
                      active, "second-certification", "12500000.00", BudgetCategory.EQUIPMENT)
                  .id();
          r[4] =
              demoDisbursements
                  .reimbursement(active, "returned", "600000.00", BudgetCategory.CONTRACTUAL)
                  .id();
          r[5] =
              demoDisbursements
                  .reimbursement(amended, "held", "500000.00", BudgetCategory.PERSONNEL)
                  .id();
          demoDisbursements.reportFirstMilestone(amended);
        });
    olivia.run(
        () -> {
          for (int i : new int[] {0, 2, 3, 5}) {
            demoDisbursements.decide(r[i], "APPROVE", null);
          }
          demoDisbursements.decide(
              r[4], "RETURN", "Attach the subcontractor's invoices for the drilling services.");
          demoDisbursements.hold(amended);
        });
    fiona.run(
        () -> {
          for (int i : new int[] {0, 3, 5}) {
            demoDisbursements.decide(r[i], "APPROVE", null);
          }
        });
  }

  /** Drafts, documents and submits an application as the applicant running it. */
  private long submitted(long opportunity, ApplicationDetails details) {
    Application a = applications.create(opportunity, details, true);
    applications.attach(
        a.id(),
        AttachmentKind.TECHNICAL_VOLUME,
        "technical-volume.pdf",
        pdf(a.number() + " technical volume"));
    applications.attach(
        a.id(),
        AttachmentKind.BUDGET_JUSTIFICATION,
        "budget-justification.pdf",
        pdf(a.number() + " budget justification"));
    applications.submit(a.id());
    return a.id();
  }

  private void screen(long applicationId, String decision, String reason) {
    complete(
        applicationId,
        IntakeTasks.SCREEN_APPLICATION,
        Map.of("decision", decision, "reason", reason));
  }

  private void assign(long applicationId, String... reviewers) {
    complete(applicationId, ReviewTasks.ASSIGN_REVIEWERS, Map.of("reviewers", List.of(reviewers)));
  }

  private void declare(long applicationId, boolean conflict) {
    complete(applicationId, ReviewTasks.DECLARE_CONFLICT, Map.of("conflict", conflict));
  }

  /** Declares no conflict and scores the four demo criteria, with comments to match. */
  private void score(long applicationId, int technical, int supply, int team, int community) {
    declare(applicationId, false);
    complete(
        applicationId,
        ReviewTasks.SCORE_APPLICATION,
        Map.of(
            "scores",
            Map.of(
                "TECHNICAL_MERIT", technical,
                "SUPPLY_CHAIN_IMPACT", supply,
                "TEAM_AND_RESOURCES", team,
                "COMMUNITY_BENEFITS", community),
            "comments",
            technical >= 4
                ? "Credible flowsheet backed by pilot data; strong domestic offtake."
                : "Flowsheet unproven at scale; feedstock and offtake are not secured."));
  }

  private void screenEnvironment(long applicationId, String nepaClass) {
    complete(
        applicationId,
        ReviewTasks.ENVIRONMENTAL_SCREENING,
        Map.of(
            "nepaClass", nepaClass, "notes", "Per the site description and the permits listed."));
  }

  private void rateRisk(long applicationId, String rating) {
    complete(
        applicationId,
        ReviewTasks.RISK_REVIEW,
        Map.of("rating", rating, "notes", "Audited statements and past performance reviewed."));
  }

  /** Completes the running demo user's open task of a type on an application. */
  private void complete(long applicationId, TaskType type, Map<String, ?> body) {
    WorkItem task =
        inbox.openWork().stream()
            .filter(w -> w.subject().id() == applicationId && w.type() == type)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no " + type + " task on " + applicationId));
    inbox.complete(task.id(), body);
  }

  /**
   * The correction timer of a returned application fires, as if its 14 days had passed; like the
   * job executor, it runs as the system, not as a person.
   */
  private void passCorrectionDeadline(long applicationId) {
    String number = applications.get(applicationId).number();
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .processDefinitionKey(IntakeProcess.ID)
            .singleResult()
            .getId();
    Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
    management.executeJob(timer.getId());
  }

  private static ApplicationDetails greatBasin(String title, String federal) {
    BigDecimal federalAmount = new BigDecimal(federal);
    BigDecimal total = federalAmount.multiply(BigDecimal.valueOf(2));
    return new ApplicationDetails(
        title,
        "Direct lithium extraction from Clayton Valley brine with full reinjection; lithium carbonate for domestic cathode makers.",
        TopicArea.EXTRACTION,
        Set.of("LITHIUM"),
        new Site("NV", "Esmeralda", new BigDecimal("37.754400"), new BigDecimal("-117.635100")),
        ProjectStage.FEASIBILITY,
        new BigDecimal("10000"),
        140,
        total,
        federalAmount,
        federalAmount.subtract(new BigDecimal("1000000.00")),
        new BigDecimal("1000000.00"),
        LocalDate.of(2027, 6, 1),
        LocalDate.of(2030, 5, 31),
        List.of(
            new PlannedPermit(
                PermitType.STATE_MINING, "Nevada Division of Minerals", LocalDate.of(2027, 9, 1)),
            new PlannedPermit(
                PermitType.WATER_RIGHTS,
                "Nevada Division of Water Resources",
                LocalDate.of(2027, 12, 1))),
        List.of(
            new BudgetLine(BudgetCategory.EQUIPMENT, total.subtract(new BigDecimal("3000000.00"))),
            new BudgetLine(BudgetCategory.PERSONNEL, new BigDecimal("3000000.00"))));
  }

  /** A processing project with 50% cost share; the federal amount is at least $20M. */
  private static ApplicationDetails greatBasinProcessing(String title, String federal) {
    BigDecimal federalAmount = new BigDecimal(federal);
    BigDecimal total = federalAmount.multiply(BigDecimal.valueOf(2));
    return new ApplicationDetails(
        title,
        "Refinery producing battery-grade nickel and cobalt sulfate from domestic concentrate.",
        TopicArea.PROCESSING_REFINING,
        Set.of("NICKEL", "COBALT"),
        new Site("NV", "Nye", new BigDecimal("38.067200"), new BigDecimal("-117.230100")),
        ProjectStage.CONSTRUCTION,
        new BigDecimal("25000"),
        310,
        total,
        federalAmount,
        federalAmount.subtract(new BigDecimal("5000000.00")),
        new BigDecimal("5000000.00"),
        LocalDate.of(2027, 4, 1),
        LocalDate.of(2031, 3, 31),
        List.of(
            new PlannedPermit(
                PermitType.AIR,
                "Nevada Division of Environmental Protection",
                LocalDate.of(2027, 10, 1))),
        List.of(
            new BudgetLine(
                BudgetCategory.CONSTRUCTION, total.subtract(new BigDecimal("40000000.00"))),
            new BudgetLine(BudgetCategory.EQUIPMENT, new BigDecimal("35000000.00")),
            new BudgetLine(BudgetCategory.PERSONNEL, new BigDecimal("5000000.00"))));
  }

  private static ApplicationDetails appalachian(String title, String federal) {
    BigDecimal federalAmount = new BigDecimal(federal);
    BigDecimal costShare = federalAmount.divide(BigDecimal.valueOf(4));
    BigDecimal total = federalAmount.add(costShare);
    return new ApplicationDetails(
        title,
        "Recovery of rare earth elements from coal combustion residue at a retired Appalachian power station.",
        TopicArea.RECYCLING_RECOVERY,
        Set.of("NEODYMIUM", "DYSPROSIUM"),
        new Site("WV", "Raleigh", new BigDecimal("37.778200"), new BigDecimal("-81.188100")),
        ProjectStage.PRE_FEASIBILITY,
        new BigDecimal("400"),
        45,
        total,
        federalAmount,
        costShare,
        new BigDecimal("0.00"),
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2029, 2, 28),
        List.of(
            new PlannedPermit(
                PermitType.STATE_MINING, "West Virginia DEP", LocalDate.of(2027, 8, 1))),
        List.of(new BudgetLine(BudgetCategory.EQUIPMENT, total)));
  }

  static byte[] pdf(String title) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% "
            + title
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
