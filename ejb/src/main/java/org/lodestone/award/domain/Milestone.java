package org.lodestone.award.domain;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.shared.Money;

/** A milestone of an award: a deliverable that, once accepted, releases a payment. */
@Entity
@Table(name = "milestone")
public class Milestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "award_id")
  private Award award;

  private int position;
  private String title;
  private String deliverable;

  @Column(name = "budget_period")
  private int budgetPeriod;

  @Column(name = "due_date")
  private LocalDate dueDate;

  private Money amount;

  @Column(name = "engineer_certification")
  private boolean engineerCertification;

  @Enumerated(EnumType.STRING)
  private MilestoneStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "milestone_permit", joinColumns = @JoinColumn(name = "milestone_id"))
  @Column(name = "permit_id")
  @OrderBy
  private Set<Long> permitIds = new TreeSet<>();

  protected Milestone() {}

  Milestone(Award award, int position, MilestoneTerms terms) {
    this.award = award;
    this.status = MilestoneStatus.PLANNED;
    revise(position, terms);
  }

  void revise(int position, MilestoneTerms terms) {
    this.position = position;
    this.title = terms.title();
    this.deliverable = terms.deliverable();
    this.budgetPeriod = terms.budgetPeriod();
    this.dueDate = terms.dueDate();
    this.amount = terms.amount();
    this.engineerCertification = terms.engineerCertification();
    this.permitIds.clear();
    this.permitIds.addAll(terms.permitIds());
  }

  public MilestoneTerms terms() {
    return new MilestoneTerms(
        id,
        title,
        deliverable,
        budgetPeriod,
        dueDate,
        amount,
        List.copyOf(permitIds),
        engineerCertification);
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String deliverable() {
    return deliverable;
  }

  public int budgetPeriod() {
    return budgetPeriod;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Money amount() {
    return amount;
  }

  public boolean engineerCertification() {
    return engineerCertification;
  }

  public MilestoneStatus status() {
    return status;
  }

  public Set<Long> permitIds() {
    return Set.copyOf(permitIds);
  }
}
