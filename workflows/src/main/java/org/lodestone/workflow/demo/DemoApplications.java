package org.lodestone.workflow.demo;

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
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.lodestone.demo.DemoData;
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
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * Applications at every intake stage (draft, awaiting screening, returned, ineligible, in merit
 * review, withdrawn), made once through the real services and processes by the demo users, so that
 * each of them finds work waiting.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "lodestone-ejb.jar#DemoData"})
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
    alice.run(
        () ->
            applications.create(
                EXTRACTION,
                ApplicationDetails.brief(
                    "Clayton Valley lithium clay pilot",
                    "Pilot plant for lithium from sedimentary clay; draft in progress.",
                    null),
                false));
    long awaiting =
        submitted(alice::run, EXTRACTION, greatBasin("Silver Peak brine expansion", "42000000.00"));
    long inReview = submitted(alice::run, PROCESSING, greatBasinProcessing());
    screen(inReview, "ACCEPT", "Complete and eligible on its face.");
    long returned =
        submitted(bob::run, RECYCLING, appalachian("Coal ash rare earth recovery", "18000000.00"));
    screen(
        returned,
        "RETURN",
        "The letter of commitment from the utility supplying the ash is missing.");
    submitted(bob::run, RECYCLING, appalachian("Magnet recycling bench pilot", "500000.00"));
    long withdrawn =
        submitted(alice::run, EXTRACTION, greatBasin("Fish Lake Valley exploration", "6000000.00"));
    screen(withdrawn, "RETURN", "Provide the water rights evidence.");
    passCorrectionDeadline(withdrawn);
    LOG.info("Demo applications seeded; the one awaiting screening is " + awaiting);
  }

  private long submitted(
      Consumer<Runnable> applicant, long opportunity, ApplicationDetails details) {
    long[] id = new long[1];
    Runnable work =
        () -> {
          Application a = applications.create(opportunity, details, true);
          id[0] = a.id();
          applications.attach(
              id[0],
              AttachmentKind.TECHNICAL_VOLUME,
              "technical-volume.pdf",
              pdf(a.number() + " technical volume"));
          applications.attach(
              id[0],
              AttachmentKind.BUDGET_JUSTIFICATION,
              "budget-justification.pdf",
              pdf(a.number() + " budget justification"));
          applications.submit(id[0]);
        };
    applicant.accept(work);
    return id[0];
  }

  private void screen(long applicationId, String decision, String reason) {
    olivia.run(
        () -> {
          WorkItem task =
              inbox.openWork().stream()
                  .filter(w -> Long.valueOf(applicationId).equals(w.subjectId()))
                  .findFirst()
                  .orElseThrow();
          inbox.complete(task.id(), Map.of("decision", decision, "reason", reason));
        });
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

  private static ApplicationDetails greatBasinProcessing() {
    BigDecimal federalAmount = new BigDecimal("60000000.00");
    BigDecimal total = new BigDecimal("120000000.00");
    return new ApplicationDetails(
        "Tonopah nickel-cobalt hydrometallurgical refinery",
        "Refinery producing battery-grade nickel and cobalt sulfate from domestic concentrate.",
        TopicArea.PROCESSING_REFINING,
        Set.of("NICKEL", "COBALT"),
        new Site("NV", "Nye", new BigDecimal("38.067200"), new BigDecimal("-117.230100")),
        ProjectStage.CONSTRUCTION,
        new BigDecimal("25000"),
        310,
        total,
        federalAmount,
        new BigDecimal("55000000.00"),
        new BigDecimal("5000000.00"),
        LocalDate.of(2027, 4, 1),
        LocalDate.of(2031, 3, 31),
        List.of(
            new PlannedPermit(
                PermitType.AIR,
                "Nevada Division of Environmental Protection",
                LocalDate.of(2027, 10, 1))),
        List.of(
            new BudgetLine(BudgetCategory.CONSTRUCTION, new BigDecimal("80000000.00")),
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

  private static byte[] pdf(String title) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% "
            + title
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
