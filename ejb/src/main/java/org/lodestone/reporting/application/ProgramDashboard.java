package org.lodestone.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.disbursement.domain.PaymentStatus;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.shared.Money;
import org.lodestone.shared.ProgramClock;

/**
 * The program at a glance, for agency staff and auditors: the pipeline by stage and opportunity,
 * obligations against the program's authority and each opportunity's funds, disbursed against the
 * milestone plan by month, capacity funded and built by mineral and topic area, permits at risk and
 * payment requests by age against the 30-day rule. Each figure is an aggregate query over the
 * domain's tables (ADR 0010); {@code opportunityId} narrows every figure to one opportunity.
 */
@Stateless
@RolesAllowed({
  "PROGRAM_OFFICER",
  "SELECTING_OFFICIAL",
  "FINANCE_OFFICER",
  "PERMITTING_SPECIALIST",
  "AUDITOR",
  "ADMIN"
})
public class ProgramDashboard {

  /** The stages of the pipeline, in the order an application goes through them. */
  public static final List<ApplicationStatus> STAGES =
      EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT)).stream().toList();

  /** The ages of payment requests on their way, in days since the request: the 30-day rule. */
  public static final int[][] AGES = {{0, 10}, {11, 20}, {21, 30}, {31, Integer.MAX_VALUE}};

  private static final List<String> IN_FLIGHT =
      EnumSet.allOf(PaymentStatus.class).stream()
          .filter(PaymentStatus::inFlight)
          .map(Enum::name)
          .toList();

  private static final List<String> OBLIGATED =
      EnumSet.allOf(AwardStatus.class).stream()
          .filter(AwardStatus::obligated)
          .map(Enum::name)
          .toList();
  private static final List<String> PENDING =
      EnumSet.allOf(AwardStatus.class).stream()
          .filter(AwardStatus::pending)
          .map(Enum::name)
          .toList();

  /**
   * Every query binds the opportunity parameter; without an opportunity the condition is {@code -1
   * = -1}, which holds for every row.
   */
  private static final String OPPORTUNITY = "opportunity";

  @PersistenceContext private EntityManager em;
  @Inject private ProgramClock clock;

  public record Opportunity(long id, String number, String title) {}

  /** How many applications of an opportunity are at a stage. */
  public record Stage(long opportunityId, ApplicationStatus status, long applications) {}

  /** An opportunity's funds: what accepted awards obligate and selections not yet accepted hold. */
  public record Funds(
      long opportunityId, String number, Money available, Money obligated, Money pending) {

    public Money free() {
      return available.minus(obligated).minus(pending);
    }
  }

  /** One month: disbursed (net of recoveries) and the milestone payments planned, cumulative. */
  public record Month(YearMonth month, Money disbursed, Money planned) {}

  /**
   * Capacity of a mineral in a topic area: what the funded projects plan (each project counts under
   * every mineral it produces) and what their latest accepted progress reports say is built.
   */
  public record Capacity(String mineral, String topicArea, BigDecimal funded, BigDecimal built) {}

  public record Permits(long missed, long dueIn30Days, long paused) {}

  /** Payment requests on their way whose age falls in {@code [fromDays, toDays]}. */
  public record Age(int fromDays, int toDays, long requests, Money amount) {

    public String label() {
      return toDays == Integer.MAX_VALUE
          ? "over 30 days (late)"
          : fromDays + " to " + toDays + " days";
    }

    public boolean late() {
      return fromDays > 30;
    }
  }

  public List<Opportunity> opportunities() {
    return em
        .createQuery(
            "select o.id, o.number, o.title from FundingOpportunity o order by o.number",
            Object[].class)
        .getResultList()
        .stream()
        .map(r -> new Opportunity((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  public List<Stage> pipeline(Long opportunityId) {
    return em
        .createQuery(
            "select a.opportunityId, a.status, count(a) from Application a"
                + " where a.status <> :draft"
                + only(opportunityId, "a.opportunityId")
                + " group by a.opportunityId, a.status order by a.opportunityId",
            Object[].class)
        .setParameter("draft", ApplicationStatus.DRAFT)
        .setParameter(OPPORTUNITY, key(opportunityId))
        .getResultList()
        .stream()
        .map(r -> new Stage((Long) r[0], (ApplicationStatus) r[1], (Long) r[2]))
        .toList();
  }

  public Money authority() {
    return Money.of(
        (BigDecimal)
            em.createNativeQuery("select coalesce(sum(authority), 0) from program")
                .getSingleResult());
  }

  /**
   * Each opportunity's funds, obligations (net of closeout de-obligations) and pending selections.
   */
  public List<Funds> funds(Long opportunityId) {
    Map<Long, Money[]> sums = new LinkedHashMap<>();
    List<?> rows =
        em.createNativeQuery(
                "select w.opportunity_id, w.status,"
                    + " sum(w.obligated_amount - coalesce(w.deobligated_at_closeout, 0))"
                    + " from award w where 1 = 1"
                    + only(opportunityId, "w.opportunity_id")
                    + " group by w.opportunity_id, w.status")
            .setParameter(OPPORTUNITY, key(opportunityId))
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long opportunity = ((Number) r[0]).longValue();
      Money amount = Money.of(new BigDecimal(r[2].toString()));
      Money[] s = sums.computeIfAbsent(opportunity, k -> new Money[] {Money.ZERO, Money.ZERO});
      if (OBLIGATED.contains((String) r[1])) {
        s[0] = s[0].plus(amount);
      } else if (PENDING.contains((String) r[1])) {
        s[1] = s[1].plus(amount);
      }
    }
    List<Funds> out = new ArrayList<>();
    for (Object[] o :
        em.createQuery(
                "select o.id, o.number, o.fundsAvailable from FundingOpportunity o"
                    + " where 1 = 1"
                    + only(opportunityId, "o.id")
                    + " order by o.number",
                Object[].class)
            .setParameter(OPPORTUNITY, key(opportunityId))
            .getResultList()) {
      Money[] s = sums.getOrDefault((Long) o[0], new Money[] {Money.ZERO, Money.ZERO});
      out.add(new Funds((Long) o[0], (String) o[1], (Money) o[2], s[0], s[1]));
    }
    return out;
  }

  /**
   * Disbursed (net of recoveries) and planned milestone payments by month, cumulative, from the
   * first month either has to the last.
   */
  public List<Month> drawdown(Long opportunityId) {
    Map<YearMonth, BigDecimal> paid = new TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "select m.month_key, sum(m.disbursed) from ledger_month m where 1 = 1"
                    + only(opportunityId, "m.opportunity_id")
                    + " group by m.month_key")
            .setParameter(OPPORTUNITY, key(opportunityId))
            .getResultList()) {
      Object[] r = (Object[]) row;
      int month = ((Number) r[0]).intValue();
      paid.merge(
          YearMonth.of(month / 100, month % 100), new BigDecimal(r[1].toString()), BigDecimal::add);
    }
    Map<YearMonth, BigDecimal> planned = new TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "select extract(year from m.due_date), extract(month from m.due_date),"
                    + " sum(m.amount) from milestone m join award w on w.id = m.award_id"
                    + " where w.status in (:obligated) and m.due_date is not null"
                    + only(opportunityId, "w.opportunity_id")
                    + " group by extract(year from m.due_date), extract(month from m.due_date)")
            .setParameter("obligated", OBLIGATED)
            .setParameter(OPPORTUNITY, key(opportunityId))
            .getResultList()) {
      Object[] r = (Object[]) row;
      planned.merge(month(r), new BigDecimal(r[2].toString()), BigDecimal::add);
    }
    List<Month> out = new ArrayList<>();
    if (paid.isEmpty() && planned.isEmpty()) {
      return out;
    }
    TreeMap<YearMonth, Boolean> months = new TreeMap<>();
    paid.keySet().forEach(m -> months.put(m, true));
    planned.keySet().forEach(m -> months.put(m, true));
    BigDecimal disbursed = BigDecimal.ZERO;
    BigDecimal plan = BigDecimal.ZERO;
    for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
      disbursed = disbursed.add(paid.getOrDefault(m, BigDecimal.ZERO));
      plan = plan.add(planned.getOrDefault(m, BigDecimal.ZERO));
      out.add(new Month(m, Money.of(disbursed), Money.of(plan)));
    }
    return out;
  }

  /** The condition narrowing a query to one opportunity, or none. */
  private static String only(Long opportunityId, String column) {
    return opportunityId == null
        ? " and -1 = :" + OPPORTUNITY
        : " and " + column + " = :" + OPPORTUNITY;
  }

  /** The parameter's value: the opportunity's id, or -1 (an integer, like the literal). */
  private static Object key(Long opportunityId) {
    return opportunityId == null ? (Object) Integer.valueOf(-1) : opportunityId;
  }

  private static YearMonth month(Object[] r) {
    return YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue());
  }

  /** Capacity funded and built by mineral and topic area, largest funded first. */
  public List<Capacity> capacity(Long opportunityId) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select am.mineral_code, ap.topic_area, sum(ap.capacity_tonnes_per_year)"
                    + " from award w join application ap on ap.id = w.application_id"
                    + " join application_mineral am on am.application_id = ap.id"
                    + " where w.status in (:obligated) and ap.capacity_tonnes_per_year is not null"
                    + only(opportunityId, "w.opportunity_id")
                    + " group by am.mineral_code, ap.topic_area")
            .setParameter("obligated", OBLIGATED)
            .setParameter(OPPORTUNITY, key(opportunityId))
            .getResultList()) {
      Object[] r = (Object[]) row;
      sums.computeIfAbsent(
                  r[0] + "|" + r[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
          new BigDecimal(r[2].toString());
    }
    for (Object row :
        em.createNativeQuery(
                "select c.mineral_code, ap.topic_area, sum(c.tonnes_per_year)"
                    + " from recipient_report r join report_capacity c on c.report_id = r.id"
                    + " join award w on w.id = r.award_id"
                    + " join application ap on ap.id = w.application_id"
                    + " where r.kind = 'PROGRESS' and r.status = 'ACCEPTED'"
                    + only(opportunityId, "w.opportunity_id")
                    + " and r.period_end = (select max(r2.period_end) from recipient_report r2"
                    + " where r2.award_id = r.award_id and r2.kind = 'PROGRESS'"
                    + " and r2.status = 'ACCEPTED')"
                    + " group by c.mineral_code, ap.topic_area")
            .setParameter(OPPORTUNITY, key(opportunityId))
            .getResultList()) {
      Object[] r = (Object[]) row;
      sums.computeIfAbsent(
                  r[0] + "|" + r[1], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1] =
          new BigDecimal(r[2].toString());
    }
    return sums.entrySet().stream()
        .map(
            e -> {
              String[] key = e.getKey().split("\\|", 2);
              return new Capacity(key[0], key[1], e.getValue()[0], e.getValue()[1]);
            })
        .sorted((a, b) -> b.funded().compareTo(a.funded()))
        .collect(Collectors.toList());
  }

  /** Permits at risk on obligated awards: missed target dates, due in 30 days, paused. */
  public Permits permits(Long opportunityId) {
    LocalDate today = clock.today();
    List<PermitStatus> open = List.of(PermitStatus.PLANNED, PermitStatus.IN_PROGRESS);
    String base =
        "select count(p) from Permit p, Award w where w.id = p.awardId"
            + only(opportunityId, "w.opportunityId")
            + " and ";
    long missed =
        em.createQuery(
                base + "p.actualDate is null and p.targetDate < :today and p.status in :open",
                Long.class)
            .setParameter(OPPORTUNITY, key(opportunityId))
            .setParameter("today", today)
            .setParameter("open", open)
            .getSingleResult();
    long soon =
        em.createQuery(
                base
                    + "p.actualDate is null and p.targetDate >= :today and p.targetDate <= :soon"
                    + " and p.status in :open",
                Long.class)
            .setParameter(OPPORTUNITY, key(opportunityId))
            .setParameter("today", today)
            .setParameter("soon", today.plusDays(30))
            .setParameter("open", open)
            .getSingleResult();
    long paused =
        em.createQuery(base + "p.status = :paused", Long.class)
            .setParameter(OPPORTUNITY, key(opportunityId))
            .setParameter("paused", PermitStatus.PAUSED)
            .getSingleResult();
    return new Permits(missed, soon, paused);
  }

  /**
   * Payment requests on their way by days since they were first made (due in 30 days): counted and
   * summed in the database, each band a range of the instants they were first made.
   */
  public List<Age> paymentAges(Long opportunityId) {
    LocalDate today = clock.today();
    List<Age> out = new ArrayList<>();
    for (int[] age : AGES) {
      Instant before = today.minusDays(age[0] - 1L).atStartOfDay(clock.zone()).toInstant();
      boolean open = age[1] == Integer.MAX_VALUE;
      jakarta.persistence.Query query =
          em.createNativeQuery(
                  "select count(*), coalesce(sum(r.approved_amount), 0) from payment_request r"
                      + " where r.status in (:inFlight) and r.first_submitted_at < :before"
                      + (open ? "" : " and r.first_submitted_at >= :from")
                      + only(opportunityId, "r.opportunity_id"))
              .setParameter("inFlight", IN_FLIGHT)
              .setParameter("before", before)
              .setParameter(OPPORTUNITY, key(opportunityId));
      if (!open) {
        query.setParameter("from", today.minusDays(age[1]).atStartOfDay(clock.zone()).toInstant());
      }
      Object[] r = (Object[]) query.getSingleResult();
      out.add(
          new Age(
              age[0],
              age[1],
              ((Number) r[0]).longValue(),
              Money.of(new BigDecimal(r[1].toString()))));
    }
    return out;
  }
}
