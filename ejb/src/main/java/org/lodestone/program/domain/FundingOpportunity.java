package org.lodestone.program.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.shared.Money;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/** A Notice of Funding Opportunity: what it funds, how much, under which rules, until when. */
@Entity
@Table(name = "funding_opportunity")
public class FundingOpportunity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "program_id")
  private long programId;

  private String number;
  private String title;

  @Enumerated(EnumType.STRING)
  private Instrument instrument;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "opportunity_topic_area",
      joinColumns = @JoinColumn(name = "opportunity_id"))
  @Column(name = "topic_area")
  @Enumerated(EnumType.STRING)
  private Set<TopicArea> topicAreas = EnumSet.noneOf(TopicArea.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "opportunity_mineral", joinColumns = @JoinColumn(name = "opportunity_id"))
  @Column(name = "mineral_code")
  private Set<String> eligibleMinerals = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "opportunity_criterion",
      joinColumns = @JoinColumn(name = "opportunity_id"))
  @OrderColumn(name = "position")
  private List<EvaluationCriterion> criteria = new ArrayList<>();

  @Column(name = "funds_available")
  private Money fundsAvailable;

  @Column(name = "min_award")
  private Money minAward;

  @Column(name = "max_award")
  private Money maxAward;

  @Column(name = "min_cost_share_percent")
  private BigDecimal minCostSharePercent;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  @Enumerated(EnumType.STRING)
  private OpportunityStatus status;

  @Column(name = "reviewers_per_application")
  private int reviewersPerApplication;

  @Version private long version;

  protected FundingOpportunity() {}

  /**
   * A draft opportunity.
   *
   * @throws RuleViolationException listing every rule the terms break
   */
  public FundingOpportunity(
      long programId, String number, OpportunityTerms terms, Set<String> knownMinerals) {
    this.programId = programId;
    this.number = number;
    this.status = OpportunityStatus.DRAFT;
    apply(terms, knownMinerals);
  }

  /** Changes the terms; only a draft's, so published rules never change under applicants. */
  public void revise(OpportunityTerms terms, Set<String> knownMinerals) {
    if (status != OpportunityStatus.DRAFT) {
      throw new StateConflictException(
          "funding opportunity " + number + " is " + status + ": its terms can no longer change");
    }
    apply(terms, knownMinerals);
  }

  private void apply(OpportunityTerms terms, Set<String> knownMinerals) {
    List<Violation> violations = terms.violations(knownMinerals);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.title = terms.title();
    this.instrument = terms.instrument();
    this.topicAreas = EnumSet.copyOf(terms.topicAreas());
    this.eligibleMinerals = new TreeSet<>(terms.eligibleMinerals());
    this.fundsAvailable = Money.of(terms.fundsAvailable());
    this.minAward = Money.of(terms.minAward());
    this.maxAward = Money.of(terms.maxAward());
    this.minCostSharePercent = terms.minCostSharePercent();
    this.opensOn = terms.opensOn();
    this.closesOn = terms.closesOn();
    this.criteria = new ArrayList<>(terms.criteria());
    this.reviewersPerApplication = terms.reviewersPerApplication();
  }

  public OpportunityTerms terms() {
    return new OpportunityTerms(
        title,
        instrument,
        topicAreas,
        eligibleMinerals,
        fundsAvailable.amount(),
        minAward.amount(),
        maxAward.amount(),
        minCostSharePercent,
        opensOn,
        closesOn,
        criteria,
        reviewersPerApplication);
  }

  /** No more submissions, whatever the close date says. */
  public void close() {
    if (status != OpportunityStatus.PUBLISHED) {
      throw new StateConflictException(
          "only a published opportunity can be closed; it is " + status);
    }
    status = OpportunityStatus.CLOSED;
  }

  public long programId() {
    return programId;
  }

  public long version() {
    return version;
  }

  public void publish() {
    if (status != OpportunityStatus.DRAFT) {
      throw new StateConflictException(
          "only a draft opportunity can be published; it is " + status);
    }
    status = OpportunityStatus.PUBLISHED;
  }

  /** Published and within its open and close dates (both inclusive). */
  public boolean acceptsSubmissionsOn(LocalDate day) {
    return status == OpportunityStatus.PUBLISHED
        && !day.isBefore(opensOn)
        && !day.isAfter(closesOn);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String title() {
    return title;
  }

  public Instrument instrument() {
    return instrument;
  }

  public Set<TopicArea> topicAreas() {
    return EnumSet.copyOf(topicAreas);
  }

  public Set<String> eligibleMinerals() {
    return new TreeSet<>(eligibleMinerals);
  }

  public List<EvaluationCriterion> criteria() {
    return List.copyOf(criteria);
  }

  public Money fundsAvailable() {
    return fundsAvailable;
  }

  public Money minAward() {
    return minAward;
  }

  public Money maxAward() {
    return maxAward;
  }

  public BigDecimal minCostSharePercent() {
    return minCostSharePercent;
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate closesOn() {
    return closesOn;
  }

  public OpportunityStatus status() {
    return status;
  }

  public int reviewersPerApplication() {
    return reviewersPerApplication;
  }
}
