package org.lodestone.award.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.program.domain.Instrument;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;
import org.lodestone.shared.Violation;

/**
 * An award: the agreement a selected application becomes. Its terms are negotiated while it is a
 * draft, signed by someone other than the person who prepared them, accepted by the recipient, and
 * from then on changed only by approved amendments, each a new version of the terms. Budget periods
 * are authorized one at a time by go/no-go decisions; an active withholding condition stops a GO.
 */
@Entity
@Table(name = "award")
public class Award {

  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "application_id")
  private long applicationId;

  @Column(name = "organization_id")
  private long organizationId;

  @Column(name = "opportunity_id")
  private long opportunityId;

  @Enumerated(EnumType.STRING)
  private AwardStatus status;

  @Enumerated(EnumType.STRING)
  private Instrument instrument;

  @Column(name = "obligated_amount")
  private Money obligatedAmount;

  @Column(name = "cost_share_percent")
  private BigDecimal costSharePercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_method")
  private PaymentMethod paymentMethod;

  @Column(name = "maximum_monthly_draw")
  private Money maximumMonthlyDraw;

  @Column(name = "performance_start")
  private LocalDate start;

  @Column(name = "performance_end")
  private LocalDate end;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "award_budget_period", joinColumns = @JoinColumn(name = "award_id"))
  @OrderBy("number")
  private List<BudgetPeriod> budgetPeriods = new ArrayList<>();

  @OneToMany(mappedBy = "award", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(mappedBy = "award", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<SpecialCondition> conditions = new ArrayList<>();

  @OneToMany(mappedBy = "award", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Amendment> amendments = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "award_terms_version", joinColumns = @JoinColumn(name = "award_id"))
  @OrderBy("number")
  private List<AwardVersion> versions = new ArrayList<>();

  @Column(name = "terms_version")
  private int termsVersion;

  @Column(name = "prepared_by")
  private String preparedBy;

  @Column(name = "prepared_at")
  private Instant preparedAt;

  @Column(name = "returned_reason")
  private String returnedReason;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "closeout_due_on")
  private LocalDate closeoutDueOn;

  @Column(name = "deobligated_at_closeout")
  private Money deobligatedAtCloseout;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected Award() {}

  /** A draft award, prefilled from the application and the opportunity. */
  public Award(
      String number,
      long applicationId,
      long organizationId,
      long opportunityId,
      Instrument instrument,
      AwardTerms prefill,
      Instant createdAt) {
    this.number = number;
    this.applicationId = applicationId;
    this.organizationId = organizationId;
    this.opportunityId = opportunityId;
    this.instrument = instrument;
    this.status = AwardStatus.DRAFT;
    this.createdAt = createdAt;
    apply(prefill);
  }

  /** The program officer's negotiated terms, while the award is a draft. */
  public void revise(AwardTerms terms, long expectedVersion) {
    requireVersion(expectedVersion);
    requireStatus(AwardStatus.DRAFT, "have its terms changed (only a draft's terms change)");
    apply(terms);
  }

  /**
   * The program officer sends the terms for signature; every rule they break is reported at once.
   */
  public void prepare(
      BigDecimal minCostSharePercent,
      Money fundsAvailable,
      Set<Long> permitIds,
      String by,
      Instant at) {
    requireStatus(AwardStatus.DRAFT, "be sent for signature");
    List<Violation> v = terms().violations(minCostSharePercent, fundsAvailable, permitIds);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    this.status = AwardStatus.AWAITING_SIGNATURE;
    this.preparedBy = by;
    this.preparedAt = at;
    this.returnedReason = null;
  }

  /** The selecting official signs, or returns the terms to the program officer with a reason. */
  public void sign(boolean approve, String reason, String by, Instant at) {
    requireStatus(AwardStatus.AWAITING_SIGNATURE, "be signed");
    if (by.equals(preparedBy)) {
      throw new ForbiddenException(
          by + " prepared the terms of award " + number + ": someone else must sign them");
    }
    if (approve) {
      this.status = AwardStatus.AWAITING_ACCEPTANCE;
      this.signedBy = by;
      this.signedAt = at;
    } else {
      this.returnedReason = requireText("reason", reason, "say what the terms must change");
      this.status = AwardStatus.DRAFT;
      this.preparedBy = null;
      this.preparedAt = null;
    }
  }

  /**
   * The recipient accepts, re-certifying that no foreign entity of concern owns or controls it: the
   * award becomes active, budget period 1 is authorized and the terms become version 1.
   */
  public void accept(boolean feocCertified, String by, Instant at) {
    requireStatus(AwardStatus.AWAITING_ACCEPTANCE, "be accepted");
    if (!feocCertified) {
      throw new RuleViolationException(
          "feocCertified",
          "must be true: certify that no foreign entity of concern owns or controls the recipient");
    }
    this.status = AwardStatus.ACTIVE;
    this.acceptedBy = by;
    this.acceptedAt = at;
    this.budgetPeriods.get(0).authorize();
    this.termsVersion = 1;
    this.versions.add(new AwardVersion(1, terms(), null, at));
  }

  /** The recipient declines: the award is withdrawn and the selection's funds are free again. */
  public void decline(String reason, String by) {
    requireStatus(AwardStatus.AWAITING_ACCEPTANCE, "be declined");
    this.statusReason = requireText("reason", reason, "say why the award is declined");
    this.acceptedBy = by;
    this.status = AwardStatus.WITHDRAWN;
  }

  /**
   * The go/no-go decision at the end of the current budget period. GO authorizes the next period,
   * and is impossible while a withholding condition is active; NO_GO ends the award for
   * termination.
   */
  public void decideGoNoGo(boolean go, String justification, String by) {
    requireStatus(AwardStatus.ACTIVE, "have a go/no-go decision");
    String why = requireText("justification", justification, "say what the decision rests on");
    BudgetPeriod current =
        currentBudgetPeriod()
            .orElseThrow(() -> new StateConflictException("no budget period is authorized"));
    if (go) {
      Optional<SpecialCondition> withholding = withholdingCondition();
      if (withholding.isPresent()) {
        throw new RuleViolationException(
            "decision",
            "GO is impossible while condition "
                + withholding.get().number()
                + " (WITHHOLD_NEXT_PHASE) is active: remove it first");
      }
      BudgetPeriod next = period(current.number() + 1);
      if (next == null) {
        throw new StateConflictException(
            "budget period " + current.number() + " is the last: there is no next one to start");
      }
      current.decide(BudgetPeriodStatus.ENDED, by, why);
      next.authorize();
    } else {
      current.decide(BudgetPeriodStatus.NO_GO, by, why);
      this.status = AwardStatus.TERMINATED;
      this.statusReason = why;
    }
  }

  /** A special condition, at any time from the draft to the end of performance. */
  public SpecialCondition impose(
      String conditionNumber, ConditionTerms terms, String by, Instant at, LocalDate today) {
    if (!(status.pending() || status == AwardStatus.ACTIVE || status == AwardStatus.SUSPENDED)) {
      throw new StateConflictException("award " + number + " is " + status + ": no new conditions");
    }
    List<Violation> v = terms.violations("", today);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    SpecialCondition condition = new SpecialCondition(this, conditionNumber, terms, by, at);
    conditions.add(condition);
    return condition;
  }

  public void suspend(String reason) {
    requireStatus(AwardStatus.ACTIVE, "be suspended");
    this.statusReason = requireText("reason", reason, "say why the award is suspended");
    this.status = AwardStatus.SUSPENDED;
  }

  /** Ends the award for termination (a denied permit, a failed cure). */
  public void terminate(String reason) {
    if (status != AwardStatus.ACTIVE && status != AwardStatus.SUSPENDED) {
      throw new StateConflictException(
          "award " + number + " is " + status + " and cannot be terminated");
    }
    this.statusReason = requireText("reason", reason, "say why the award ends");
    this.status = AwardStatus.TERMINATED;
  }

  /**
   * The period of performance has ended (or the award was terminated): closeout begins, and the
   * final reports are due by {@code due} (2 CFR 200.344).
   */
  public void startCloseout(LocalDate due) {
    if (status != AwardStatus.ACTIVE
        && status != AwardStatus.SUSPENDED
        && status != AwardStatus.TERMINATED) {
      throw new StateConflictException(
          "award " + number + " is " + status.label().toLowerCase() + " and cannot go to closeout");
    }
    this.status = AwardStatus.CLOSING;
    this.closeoutDueOn = due;
  }

  /**
   * The program officer closes the award once every report is in (CLOSE_AWARD): the unliquidated
   * balance is de-obligated and returns to the opportunity's funds.
   */
  public void close(Money unliquidated, String by, Instant at) {
    requireStatus(AwardStatus.CLOSING, "be closed");
    if (unliquidated.signum() < 0 || unliquidated.exceeds(obligatedAmount())) {
      throw new IllegalArgumentException("the unliquidated balance is within the obligation");
    }
    this.deobligatedAtCloseout = unliquidated;
    this.status = AwardStatus.CLOSED;
    this.closedBy = by;
    this.closedAt = at;
  }

  public void reinstate(String reason) {
    requireStatus(AwardStatus.SUSPENDED, "be reinstated");
    this.statusReason = requireText("reason", reason, "say why the suspension ends");
    this.status = AwardStatus.ACTIVE;
  }

  /** Asks for an amendment; the proposed terms must meet every rule and the type's own. */
  public Amendment requestAmendment(
      String amendmentNumber,
      AmendmentType type,
      String reason,
      AwardTerms proposed,
      List<Violation> termsViolations,
      String by,
      Instant at) {
    if (status != AwardStatus.ACTIVE && status != AwardStatus.SUSPENDED) {
      throw new StateConflictException(
          "award " + number + " is " + status + ": only an active award is amended");
    }
    if (type == null) {
      throw new RuleViolationException("type", "is required");
    }
    if (amendments.stream().anyMatch(a -> a.status() == AmendmentStatus.PENDING)) {
      throw new StateConflictException(
          "award " + number + " already has an amendment awaiting a decision");
    }
    List<Violation> v = new ArrayList<>(termsViolations);
    v.addAll(type.violations(terms(), proposed));
    v.addAll(milestoneProgressViolations(proposed));
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    Amendment amendment = new Amendment(this, amendmentNumber, type, reason, proposed, by, at);
    amendments.add(amendment);
    return amendment;
  }

  /**
   * The selecting official's decision on an amendment. Approval makes the proposed terms the next
   * version; the change of the obligated amount is returned for the ledger.
   */
  public Money decideAmendment(
      Amendment amendment, boolean approve, String why, String by, Instant at) {
    if (approve && amendment.baseTermsVersion() != termsVersion) {
      throw new StateConflictException(
          "amendment "
              + amendment.number()
              + " was asked against version "
              + amendment.baseTermsVersion()
              + " of the terms, now at version "
              + termsVersion);
    }
    amendment.decide(approve, why, by, at);
    if (!approve) {
      return Money.ZERO;
    }
    Money before = obligatedAmount;
    apply(amendment.proposedTerms());
    termsVersion++;
    versions.add(new AwardVersion(termsVersion, terms(), amendment.id(), at));
    return obligatedAmount.minus(before);
  }

  private List<Violation> milestoneProgressViolations(AwardTerms proposed) {
    List<Violation> v = new ArrayList<>();
    Set<Long> kept = new java.util.HashSet<>();
    proposed.milestones().forEach(m -> kept.add(m.id()));
    for (Milestone m : milestones) {
      if (m.status() != MilestoneStatus.PLANNED && !kept.contains(m.id())) {
        v.add(
            new Violation(
                "milestones",
                "milestone \"" + m.title() + "\" is " + m.status() + " and cannot be removed"));
      }
    }
    for (BudgetPeriod p : budgetPeriods) {
      if (p.status() != BudgetPeriodStatus.PENDING) {
        BudgetPeriodTerms after =
            proposed.budgetPeriods().stream()
                .filter(q -> q.number() == p.number())
                .findFirst()
                .orElse(null);
        if (after == null || !after.start().equals(p.start())) {
          v.add(
              new Violation(
                  "budgetPeriods",
                  "budget period "
                      + p.number()
                      + " is "
                      + p.status()
                      + ": its start cannot change"));
        }
      }
    }
    return v;
  }

  private void apply(AwardTerms terms) {
    List<Violation> v = shapeViolations(terms);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    this.obligatedAmount = terms.obligatedAmount() == null ? Money.ZERO : terms.obligatedAmount();
    this.costSharePercent = terms.costSharePercent();
    this.start = terms.start();
    this.end = terms.end();
    this.paymentMethod = terms.paymentMethod();
    this.maximumMonthlyDraw = terms.maximumMonthlyDraw();
    Map<Integer, BudgetPeriod> old = new HashMap<>();
    budgetPeriods.forEach(p -> old.put(p.number(), p));
    List<BudgetPeriod> periods = new ArrayList<>();
    for (BudgetPeriodTerms t : terms.budgetPeriods()) {
      BudgetPeriod fresh = new BudgetPeriod(t);
      BudgetPeriod was = old.get(t.number());
      if (was != null && was.status() != BudgetPeriodStatus.PENDING) {
        fresh.decide(was.status(), was.decidedBy(), was.justification());
      }
      periods.add(fresh);
    }
    budgetPeriods.clear();
    periods.stream()
        .sorted(Comparator.comparingInt(BudgetPeriod::number))
        .forEach(budgetPeriods::add);
    Map<Long, Milestone> byId = new HashMap<>();
    milestones.forEach(m -> byId.put(m.id(), m));
    List<Milestone> next = new ArrayList<>();
    int position = 1;
    for (MilestoneTerms t : terms.milestones()) {
      Milestone existing = t.id() == null ? null : byId.remove(t.id());
      if (existing != null) {
        existing.revise(position++, t);
        next.add(existing);
      } else {
        next.add(new Milestone(this, position++, t));
      }
    }
    milestones.clear();
    milestones.addAll(next);
  }

  /**
   * What the terms cannot hold at all, even in a draft: negative amounts, texts beyond their
   * columns, more periods or milestones than an award has, milestone ids of another award.
   */
  private List<Violation> shapeViolations(AwardTerms t) {
    List<Violation> v = new ArrayList<>();
    if (t.obligatedAmount() != null && t.obligatedAmount().isNegative()) {
      v.add(new Violation("obligatedAmount", "must not be negative"));
    }
    if (t.costSharePercent() != null
        && (t.costSharePercent().signum() < 0
            || t.costSharePercent().compareTo(BigDecimal.valueOf(100)) >= 0
            || t.costSharePercent().scale() > 2)) {
      v.add(new Violation("costSharePercent", "must be from 0 to below 100, at most 2 decimals"));
    }
    if (t.budgetPeriods().size() > AwardTerms.PERIODS_MAX) {
      v.add(
          new Violation("budgetPeriods", "at most " + AwardTerms.PERIODS_MAX + " budget periods"));
    }
    if (t.milestones().size() > AwardTerms.MILESTONES_MAX) {
      v.add(new Violation("milestones", "at most " + AwardTerms.MILESTONES_MAX + " milestones"));
    }
    Set<Integer> numbers = new java.util.HashSet<>();
    for (int i = 0; i < t.budgetPeriods().size(); i++) {
      BudgetPeriodTerms p = t.budgetPeriods().get(i);
      String field = "budgetPeriods[" + i + "]";
      if (p.start() == null || p.end() == null) {
        v.add(new Violation(field, "needs a start and an end"));
      }
      if (p.amount() == null || p.amount().isNegative()) {
        v.add(new Violation(field + ".amount", "is required and must not be negative"));
      }
      if (p.number() < 1 || p.number() > AwardTerms.PERIODS_MAX || !numbers.add(p.number())) {
        v.add(
            new Violation(field + ".number", "budget periods are numbered 1, 2, 3 ... once each"));
      }
    }
    Set<Long> mine = new java.util.HashSet<>();
    milestones.forEach(m -> mine.add(m.id()));
    for (int i = 0; i < t.milestones().size(); i++) {
      MilestoneTerms m = t.milestones().get(i);
      String field = "milestones[" + i + "]";
      if (m.title() == null || m.title().isBlank()) {
        v.add(new Violation(field + ".title", "is required"));
      } else if (m.title().length() > AwardTerms.TITLE_MAX) {
        v.add(
            new Violation(
                field + ".title", "must be at most " + AwardTerms.TITLE_MAX + " characters"));
      }
      if (m.deliverable() != null && m.deliverable().length() > AwardTerms.TEXT_MAX) {
        v.add(
            new Violation(
                field + ".deliverable", "must be at most " + AwardTerms.TEXT_MAX + " characters"));
      }
      if (m.amount() == null || m.amount().isNegative()) {
        v.add(new Violation(field + ".amount", "is required and must not be negative"));
      }
      if (m.id() != null && !mine.contains(m.id())) {
        v.add(new Violation(field + ".id", "names no milestone of award " + number));
      }
    }
    return v;
  }

  /** The terms as they stand. */
  public AwardTerms terms() {
    return new AwardTerms(
        obligatedAmount,
        costSharePercent,
        start,
        end,
        paymentMethod,
        maximumMonthlyDraw,
        budgetPeriods.stream().map(BudgetPeriod::terms).toList(),
        milestones.stream().map(Milestone::terms).toList());
  }

  public Optional<BudgetPeriod> currentBudgetPeriod() {
    return budgetPeriods.stream()
        .filter(p -> p.status() == BudgetPeriodStatus.AUTHORIZED)
        .findFirst();
  }

  /** The active WITHHOLD_NEXT_PHASE condition that stops a GO, if any. */
  public Optional<SpecialCondition> withholdingCondition() {
    return conditions.stream()
        .filter(c -> c.active() && c.effect() == ConditionEffect.WITHHOLD_NEXT_PHASE)
        .findFirst();
  }

  /** True while a condition with this effect is in force. */
  public boolean hasActiveCondition(ConditionEffect effect) {
    return conditions.stream().anyMatch(c -> c.active() && c.effect() == effect);
  }

  public Milestone milestone(long milestoneId) {
    return milestones.stream()
        .filter(m -> m.id() == milestoneId)
        .findFirst()
        .orElseThrow(() -> new org.lodestone.shared.NotFoundException("Milestone", milestoneId));
  }

  /** The budget period with this number, if the terms have it. */
  public Optional<BudgetPeriod> budgetPeriod(int n) {
    return Optional.ofNullable(period(n));
  }

  /** The budget period a date falls in, if any. */
  public Optional<BudgetPeriod> budgetPeriodOn(LocalDate day) {
    return budgetPeriods.stream()
        .filter(p -> !day.isBefore(p.start()) && !day.isAfter(p.end()))
        .findFirst();
  }

  public SpecialCondition condition(long conditionId) {
    return conditions.stream()
        .filter(c -> c.id() == conditionId)
        .findFirst()
        .orElseThrow(() -> new org.lodestone.shared.NotFoundException("Condition", conditionId));
  }

  public Amendment amendment(long amendmentId) {
    return amendments.stream()
        .filter(a -> a.id() == amendmentId)
        .findFirst()
        .orElseThrow(() -> new org.lodestone.shared.NotFoundException("Amendment", amendmentId));
  }

  private BudgetPeriod period(int n) {
    return budgetPeriods.stream().filter(p -> p.number() == n).findFirst().orElse(null);
  }

  public void requireVersion(long expected) {
    if (expected != version) {
      throw new StateConflictException(
          "award " + number + " was changed by someone else (version " + version + "): reload it");
    }
  }

  private void requireStatus(AwardStatus expected, String what) {
    if (status != expected) {
      throw new StateConflictException("award " + number + " is " + status + " and cannot " + what);
    }
  }

  private static String requireText(String field, String text, String hint) {
    if (text == null || text.isBlank()) {
      throw new RuleViolationException(field, "is required: " + hint);
    }
    if (text.length() > TEXT_MAX) {
      throw new RuleViolationException(field, "must be at most " + TEXT_MAX + " characters");
    }
    return text.strip();
  }

  public Subject subject() {
    return Subject.of(SubjectKind.AWARD, id, number);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public long applicationId() {
    return applicationId;
  }

  public long organizationId() {
    return organizationId;
  }

  public long opportunityId() {
    return opportunityId;
  }

  public AwardStatus status() {
    return status;
  }

  public Instrument instrument() {
    return instrument;
  }

  public Money obligatedAmount() {
    return obligatedAmount;
  }

  public BigDecimal costSharePercent() {
    return costSharePercent;
  }

  public PaymentMethod paymentMethod() {
    return paymentMethod;
  }

  public Money maximumMonthlyDraw() {
    return maximumMonthlyDraw;
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  public List<BudgetPeriod> budgetPeriods() {
    return List.copyOf(budgetPeriods);
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public List<SpecialCondition> conditions() {
    return List.copyOf(conditions);
  }

  public List<Amendment> amendments() {
    return List.copyOf(amendments);
  }

  public List<AwardVersion> versions() {
    return List.copyOf(versions);
  }

  public int termsVersion() {
    return termsVersion;
  }

  public String preparedBy() {
    return preparedBy;
  }

  public Instant preparedAt() {
    return preparedAt;
  }

  public String returnedReason() {
    return returnedReason;
  }

  public String signedBy() {
    return signedBy;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String acceptedBy() {
    return acceptedBy;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public LocalDate closeoutDueOn() {
    return closeoutDueOn;
  }

  /** What the award still obligates: its terms, less what closeout de-obligated. */
  public Money netObligated() {
    return deobligatedAtCloseout == null
        ? obligatedAmount()
        : obligatedAmount().minus(deobligatedAtCloseout);
  }

  public Money deobligatedAtCloseout() {
    return deobligatedAtCloseout;
  }

  public String closedBy() {
    return closedBy;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return version;
  }
}
