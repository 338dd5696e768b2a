package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.EvaluationCriterion;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Instrument;
import org.lodestone.program.domain.Mineral;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.program.domain.OpportunityTerms;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.Money;

/** A program officer writes a funding opportunity (a draft), then publishes or closes it. */
@Named
@ViewScoped
public class OpportunityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpportunityService opportunities;

  /** An editable evaluation criterion. */
  public static class CriterionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String name;
    private Integer weight;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getWeight() {
      return weight;
    }

    public void setWeight(Integer weight) {
      this.weight = weight;
    }
  }

  private Long id;
  private String number;
  private OpportunityStatus status;
  private long version;
  private String title;
  private Instrument instrument;
  private List<TopicArea> topicAreas = new ArrayList<>();
  private List<String> eligibleMinerals = new ArrayList<>();
  private BigDecimal fundsAvailable;
  private BigDecimal minAward;
  private BigDecimal maxAward;
  private BigDecimal minCostSharePercent;
  private LocalDate opensOn;
  private LocalDate closesOn;
  private Integer reviewersPerApplication = 3;
  private List<CriterionRow> criteria = new ArrayList<>();
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null) {
      for (String[] c :
          new String[][] {
            {"TECHNICAL_MERIT", "Technical merit and feasibility", "40"},
            {"SUPPLY_CHAIN_IMPACT", "Supply-chain and national security impact", "30"},
            {"TEAM_AND_RESOURCES", "Team, partners and resources", "20"},
            {"COMMUNITY_BENEFITS", "Community benefits and workforce", "10"}
          }) {
        CriterionRow row = new CriterionRow();
        row.code = c[0];
        row.name = c[1];
        row.weight = Integer.valueOf(c[2]);
        criteria.add(row);
      }
      return;
    }
    fill(opportunities.get(id));
  }

  public String save() {
    try {
      FundingOpportunity saved =
          id == null ? opportunities.create(terms()) : opportunities.revise(id, version, terms());
      fill(saved);
      Messages.info("Funding opportunity " + number + " saved as a draft.");
      return "/app/opportunity.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Messages.show(e, "form")) {
        return null;
      }
      throw e;
    }
  }

  public void addCriterion() {
    criteria.add(new CriterionRow());
  }

  public void removeCriterion(CriterionRow row) {
    criteria.remove(row);
  }

  private OpportunityTerms terms() {
    List<EvaluationCriterion> parsed = new ArrayList<>();
    for (CriterionRow row : criteria) {
      try {
        parsed.add(
            new EvaluationCriterion(row.code, row.name, row.weight == null ? 0 : row.weight));
      } catch (IllegalArgumentException e) {
        throw new org.lodestone.shared.RuleViolationException("criteria", e.getMessage());
      }
    }
    return new OpportunityTerms(
        title,
        instrument,
        topicAreas.isEmpty() ? EnumSet.noneOf(TopicArea.class) : EnumSet.copyOf(topicAreas),
        new TreeSet<>(eligibleMinerals),
        fundsAvailable,
        minAward,
        maxAward,
        minCostSharePercent,
        opensOn,
        closesOn,
        parsed,
        reviewersPerApplication == null ? 0 : reviewersPerApplication);
  }

  private void fill(FundingOpportunity o) {
    id = o.id();
    number = o.number();
    status = o.status();
    version = o.version();
    title = o.title();
    instrument = o.instrument();
    topicAreas = new ArrayList<>(o.topicAreas());
    eligibleMinerals = new ArrayList<>(o.eligibleMinerals());
    fundsAvailable = o.fundsAvailable().amount();
    minAward = o.minAward().amount();
    maxAward = o.maxAward().amount();
    minCostSharePercent = o.minCostSharePercent();
    opensOn = o.opensOn();
    closesOn = o.closesOn();
    reviewersPerApplication = o.reviewersPerApplication();
    criteria = new ArrayList<>();
    for (EvaluationCriterion c : o.criteria()) {
      CriterionRow row = new CriterionRow();
      row.code = c.code();
      row.name = c.name();
      row.weight = c.weight();
      criteria.add(row);
    }
  }

  public boolean isEditable() {
    return status == null || status == OpportunityStatus.DRAFT;
  }

  public Money getRemainingAuthority() {
    return opportunities.remainingAuthority();
  }

  public List<Mineral> getMinerals() {
    return opportunities.minerals();
  }

  public Instrument[] getInstruments() {
    return Instrument.values();
  }

  public TopicArea[] getAllTopicAreas() {
    return TopicArea.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Instrument getInstrument() {
    return instrument;
  }

  public void setInstrument(Instrument instrument) {
    this.instrument = instrument;
  }

  public List<TopicArea> getTopicAreas() {
    return topicAreas;
  }

  public void setTopicAreas(List<TopicArea> topicAreas) {
    this.topicAreas = topicAreas == null ? new ArrayList<>() : new ArrayList<>(topicAreas);
  }

  public List<String> getEligibleMinerals() {
    return eligibleMinerals;
  }

  public void setEligibleMinerals(List<String> eligibleMinerals) {
    this.eligibleMinerals =
        eligibleMinerals == null ? new ArrayList<>() : new ArrayList<>(eligibleMinerals);
  }

  public BigDecimal getFundsAvailable() {
    return fundsAvailable;
  }

  public void setFundsAvailable(BigDecimal fundsAvailable) {
    this.fundsAvailable = fundsAvailable;
  }

  public BigDecimal getMinAward() {
    return minAward;
  }

  public void setMinAward(BigDecimal minAward) {
    this.minAward = minAward;
  }

  public BigDecimal getMaxAward() {
    return maxAward;
  }

  public void setMaxAward(BigDecimal maxAward) {
    this.maxAward = maxAward;
  }

  public BigDecimal getMinCostSharePercent() {
    return minCostSharePercent;
  }

  public void setMinCostSharePercent(BigDecimal minCostSharePercent) {
    this.minCostSharePercent = minCostSharePercent;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public Integer getReviewersPerApplication() {
    return reviewersPerApplication;
  }

  public void setReviewersPerApplication(Integer reviewersPerApplication) {
    this.reviewersPerApplication = reviewersPerApplication;
  }

  public List<CriterionRow> getCriteria() {
    return criteria;
  }
}
