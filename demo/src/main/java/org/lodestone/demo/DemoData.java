package org.lodestone.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.PasswordHash;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.organization.domain.Organization;
import org.lodestone.organization.domain.OrganizationProfile;
import org.lodestone.organization.domain.Owner;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Instrument;
import org.lodestone.program.domain.OpportunityTerms;
import org.lodestone.program.domain.Program;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.SubjectKind;

/** Seeds the demo program, organizations and users once, when demo data is switched on. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  /** Two of the three demo reviewers, so that a conflict or a missed deadline can be replaced. */
  private static final int REVIEWERS_PER_APPLICATION = 2;

  public static final String SWITCH = "lodestone.demo-data";
  public static final String DEMO_PASSWORD = "lodestone";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  @PostConstruct
  void seed() {
    if (!Boolean.getBoolean(SWITCH)) {
      return;
    }
    if (!em.createQuery("select p from Program p", Program.class).getResultList().isEmpty()) {
      return;
    }
    LOG.info("Seeding demo data (" + SWITCH + "=true)");
    Program program =
        new Program(
            "Critical Minerals Public-Private Partnership Program", new BigDecimal("12000000000"));
    em.persist(program);
    em.flush();
    audit.record(
        SubjectKind.PROGRAM,
        program.id(),
        "ProgramEstablished",
        Map.of("authority", program.authority()));

    LocalDate today = LocalDate.now();
    List<EvaluationCriterion> criteria =
        List.of(
            new EvaluationCriterion("TECHNICAL_MERIT", "Technical merit and feasibility", 40),
            new EvaluationCriterion(
                "SUPPLY_CHAIN_IMPACT", "Supply-chain and national security impact", 30),
            new EvaluationCriterion("TEAM_AND_RESOURCES", "Team, partners and resources", 20),
            new EvaluationCriterion("COMMUNITY_BENEFITS", "Community benefits and workforce", 10));
    opportunity(
        program,
        "DE-FOA-0003401",
        "Domestic Critical Mineral Extraction",
        Instrument.COOPERATIVE_AGREEMENT,
        TopicArea.EXTRACTION,
        Set.of("LITHIUM", "NICKEL", "COBALT", "GRAPHITE", "MANGANESE", "ANTIMONY"),
        "1500000000",
        "5000000",
        "150000000",
        "50",
        today.minusDays(30),
        today.plusDays(120),
        criteria);
    opportunity(
        program,
        "DE-FOA-0003402",
        "Processing and Refining of Critical Minerals",
        Instrument.GRANT,
        TopicArea.PROCESSING_REFINING,
        Set.of(
            "LITHIUM",
            "NICKEL",
            "COBALT",
            "GRAPHITE",
            "GALLIUM",
            "GERMANIUM",
            "NEODYMIUM",
            "DYSPROSIUM"),
        "2000000000",
        "10000000",
        "250000000",
        "50",
        today.minusDays(14),
        today.plusDays(90),
        criteria);
    opportunity(
        program,
        "DE-FOA-0003403",
        "Recycling and Recovery of Critical Minerals",
        Instrument.GRANT,
        TopicArea.RECYCLING_RECOVERY,
        Set.of("NEODYMIUM", "PRASEODYMIUM", "DYSPROSIUM", "TERBIUM", "LITHIUM", "COBALT"),
        "750000000",
        "1000000",
        "50000000",
        "20",
        today.minusDays(7),
        today.plusDays(60),
        criteria);
    opportunity(
        program,
        "DE-FOA-0003404",
        "Allied Sourcing Partnerships",
        Instrument.PURCHASE_COMMITMENT,
        TopicArea.ALLIED_SOURCING,
        Set.of("GALLIUM", "GERMANIUM", "GRAPHITE", "TUNGSTEN", "ANTIMONY"),
        "1000000000",
        "20000000",
        "200000000",
        "50",
        today.minusDays(45),
        today.plusDays(45),
        criteria);

    Organization greatBasin =
        organization(
            new Organization(
                new OrganizationProfile(
                    "Great Basin Lithium, Inc.",
                    "GBL7TQ2K9M4X",
                    "1 Clayton Valley Rd",
                    "Silver Peak",
                    "NV",
                    "89047",
                    "US",
                    List.of(
                        new Owner("Great Basin Holdings LLC", "US", new BigDecimal("80.00")),
                        new Owner("Maple Resources Ltd.", "CA", new BigDecimal("20.00"))))));
    Organization appalachian =
        organization(
            new Organization(
                new OrganizationProfile(
                    "Appalachian Rare Earth Recovery, LLC",
                    "AR5KQ9W2MN7H",
                    "200 Coalfield Way",
                    "Beckley",
                    "WV",
                    "25801",
                    "US",
                    List.of(
                        new Owner("Mountain State Ventures LP", "US", new BigDecimal("100.00"))))));

    user("alice", "Alice Nakamura", Role.APPLICANT, greatBasin);
    user("adam", "Adam Reyes", Role.APPLICANT, greatBasin);
    user("bob", "Bob Whitaker", Role.APPLICANT, appalachian);
    user("olivia", "Olivia Grant", Role.PROGRAM_OFFICER, null);
    user("oscar", "Oscar Delgado", Role.PROGRAM_OFFICER, null);
    user("rita", "Rita Chen", Role.REVIEWER, null);
    user("ravi", "Ravi Patel", Role.REVIEWER, null);
    user("rosa", "Rosa Alvarez", Role.REVIEWER, null);
    user("pat", "Pat Morgan", Role.PERMITTING_SPECIALIST, null);
    user("sam", "Sam Okafor", Role.SELECTING_OFFICIAL, null);
    user("fiona", "Fiona Walsh", Role.FINANCE_OFFICER, null);
    user("felix", "Felix Braun", Role.FINANCE_OFFICER, null);
    user("ivan", "Ivan Petrov", Role.INDEPENDENT_ENGINEER, null);
    user("audrey", "Audrey Klein", Role.AUDITOR, null);
    user("admin", "Lodestone Administrator", Role.ADMIN, null);
  }

  private void opportunity(
      Program program,
      String number,
      String title,
      Instrument instrument,
      TopicArea topic,
      Set<String> minerals,
      String funds,
      String min,
      String max,
      String costShare,
      LocalDate opens,
      LocalDate closes,
      List<EvaluationCriterion> criteria) {
    FundingOpportunity opportunity =
        new FundingOpportunity(
            program.id(),
            number,
            new OpportunityTerms(
                title,
                instrument,
                EnumSet.of(topic),
                minerals,
                new BigDecimal(funds),
                new BigDecimal(min),
                new BigDecimal(max),
                new BigDecimal(costShare),
                opens,
                closes,
                criteria,
                REVIEWERS_PER_APPLICATION),
            minerals);
    opportunity.publish();
    em.persist(opportunity);
    em.flush();
    audit.record(
        SubjectKind.OPPORTUNITY,
        opportunity.id(),
        "OpportunityPublished",
        Map.of("number", number, "fundsAvailable", opportunity.fundsAvailable()));
  }

  private Organization organization(Organization organization) {
    em.persist(organization);
    em.flush();
    audit.record(
        SubjectKind.ORGANIZATION,
        organization.id(),
        "OrganizationRegistered",
        Map.of("legalName", organization.legalName(), "uei", organization.uei()));
    return organization;
  }

  private void user(String username, String fullName, Role role, Organization organization) {
    UserAccount account =
        new UserAccount(
            username,
            fullName,
            username + "@lodestone.example",
            PasswordHash.of(DEMO_PASSWORD.toCharArray()),
            EnumSet.of(role));
    if (organization != null) {
      account.joinOrganization(organization.id());
    }
    em.persist(account);
    audit.record(SubjectKind.USER, username, "UserCreated", Map.of("roles", List.of(role)));
  }
}
