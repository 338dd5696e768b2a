package org.lodestone.program.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Mineral;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.program.domain.OpportunityTerms;
import org.lodestone.program.domain.Program;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.program.infrastructure.OpportunityRepository;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Numbers;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;

/**
 * Funding opportunities: program officers write, publish and close them; anyone signed in reads the
 * published ones. The program's authority caps the sum of all opportunities' funds.
 */
@Stateless
public class OpportunityService {

  public static final SubjectKind SUBJECT = SubjectKind.OPPORTUNITY;

  @PersistenceContext private EntityManager em;
  @Inject private OpportunityRepository opportunities;
  @Inject private ProgramClock clock;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;
  @Inject private Numbers numbers;

  /** What an applicant can filter the published opportunities by; any part may be null. */
  public record Search(
      String text, String mineral, TopicArea topicArea, LocalDate closesBy, boolean openOnly) {}

  @PermitAll
  public List<FundingOpportunity> published() {
    return search(new Search(null, null, null, null, false));
  }

  /** Published (and closed) opportunities matching the search; staff also see drafts. */
  @PermitAll
  public List<FundingOpportunity> search(Search search) {
    boolean staff = callers.current().seesAllOrganizations();
    LocalDate today = clock.today();
    String text = search.text() == null ? null : search.text().strip().toLowerCase(Locale.ROOT);
    return opportunities.all().stream()
        .filter(o -> staff || o.status() != OpportunityStatus.DRAFT)
        .filter(o -> !search.openOnly() || o.acceptsSubmissionsOn(today))
        .filter(o -> search.mineral() == null || o.eligibleMinerals().contains(search.mineral()))
        .filter(o -> search.topicArea() == null || o.topicAreas().contains(search.topicArea()))
        .filter(o -> search.closesBy() == null || !o.closesOn().isAfter(search.closesBy()))
        .filter(
            o ->
                text == null
                    || text.isEmpty()
                    || (o.number() + " " + o.title()).toLowerCase(Locale.ROOT).contains(text))
        .toList();
  }

  /**
   * An opportunity whatever the caller (drafts too), for other contexts' commands that the process
   * authorises; never for what a person reads.
   */
  @PermitAll
  public FundingOpportunity require(long id) {
    return opportunities.get(id);
  }

  /** A published (or closed) opportunity, whoever asks. */
  @PermitAll
  public java.util.Optional<FundingOpportunity> findPublished(long id) {
    return opportunities.find(id).filter(o -> o.status() != OpportunityStatus.DRAFT);
  }

  /** True when the opportunity takes submissions today, in the program's time zone. */
  @PermitAll
  public boolean isOpenToday(FundingOpportunity opportunity) {
    return opportunity.acceptsSubmissionsOn(clock.today());
  }

  /** One opportunity; a draft only for staff. */
  @PermitAll
  public FundingOpportunity get(long id) {
    return opportunities
        .find(id)
        .filter(
            o -> o.status() != OpportunityStatus.DRAFT || callers.current().seesAllOrganizations())
        .orElseThrow(() -> new NotFoundException("Funding opportunity", id));
  }

  /**
   * An opportunity locked until the caller's transaction ends, for commands that count its funds
   * (selection, obligation). Lock order: program, opportunity, then the rows of later contexts.
   */
  @PermitAll
  public FundingOpportunity lock(long id) {
    return opportunities.lock(id);
  }

  /**
   * The program locked until the caller's transaction ends, for commands that count against its
   * authority (obligations). Taken before any opportunity's lock.
   */
  @PermitAll
  public Program lockProgram() {
    return lockedProgram();
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public FundingOpportunity create(OpportunityTerms terms) {
    Program program = lockedProgram();
    FundingOpportunity opportunity =
        new FundingOpportunity(program.id(), numbers.next("FOA"), terms, mineralCodes());
    requireWithinAuthority(program, opportunity.fundsAvailable(), null);
    opportunities.add(opportunity);
    audit.record(SUBJECT, opportunity.id(), "OpportunityDrafted", snapshot(opportunity));
    return opportunity;
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public FundingOpportunity revise(long id, long version, OpportunityTerms terms) {
    FundingOpportunity opportunity = get(id);
    if (opportunity.version() != version) {
      throw new StateConflictException(
          "funding opportunity "
              + opportunity.number()
              + " was changed by someone else: reload it");
    }
    Program program = lockedProgram();
    opportunity.revise(terms, mineralCodes());
    requireWithinAuthority(program, opportunity.fundsAvailable(), opportunity.id());
    audit.record(SUBJECT, id, "OpportunityRevised", snapshot(opportunity));
    return opportunity;
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public FundingOpportunity publish(long id) {
    FundingOpportunity opportunity = get(id);
    opportunity.publish();
    audit.record(SUBJECT, id, "OpportunityPublished", snapshot(opportunity));
    return opportunity;
  }

  @RolesAllowed("PROGRAM_OFFICER")
  public FundingOpportunity close(long id) {
    FundingOpportunity opportunity = get(id);
    opportunity.close();
    audit.record(SUBJECT, id, "OpportunityClosed", Map.of("number", opportunity.number()));
    return opportunity;
  }

  @PermitAll
  public List<Mineral> minerals() {
    return em.createQuery(
            "select m from Mineral m where m.active = true order by m.name", Mineral.class)
        .getResultList();
  }

  /** Adds a mineral to the critical minerals list. */
  @RolesAllowed("ADMIN")
  public Mineral addMineral(String code, String name) {
    Mineral mineral = new Mineral(code, name);
    if (em.find(Mineral.class, code) != null) {
      throw new StateConflictException(code + " is already on the critical minerals list");
    }
    em.persist(mineral);
    audit.record(
        SubjectKind.MINERAL, code, "MineralListed", Map.of("code", code, "name", mineral.name()));
    return mineral;
  }

  /** The program's authority minus the funds of every opportunity: what is left to offer. */
  @PermitAll
  public Money remainingAuthority() {
    Program program = program();
    return program.authority().minus(committed(program, null));
  }

  private void requireWithinAuthority(Program program, Money funds, Long excluding) {
    Money remaining = program.authority().minus(committed(program, excluding));
    if (funds.exceeds(remaining)) {
      throw new RuleViolationException(
          "fundsAvailable",
          "exceeds the program's remaining authority of "
              + remaining
              + " (authority "
              + program.authority()
              + ")");
    }
  }

  private Money committed(Program program, Long excluding) {
    return opportunities.fundsOffered(program, excluding);
  }

  private Program program() {
    return opportunities.program();
  }

  /** Serializes changes to the program's commitments, so two officers cannot overshoot it. */
  private Program lockedProgram() {
    return opportunities.lockProgram();
  }

  /** The codes on the critical minerals list. */
  @PermitAll
  public Set<String> mineralCodes() {
    return new HashSet<>(
        em.createQuery("select m.code from Mineral m where m.active = true", String.class)
            .getResultList());
  }

  private static Map<String, Object> snapshot(FundingOpportunity o) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("number", o.number());
    data.put("status", o.status());
    data.put("title", o.title());
    data.put("fundsAvailable", o.fundsAvailable());
    data.put("minAward", o.minAward());
    data.put("maxAward", o.maxAward());
    data.put("minCostSharePercent", o.minCostSharePercent());
    data.put("opensOn", o.opensOn());
    data.put("closesOn", o.closesOn());
    return data;
  }
}
