package org.lodestone.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.lodestone.shared.Money;

/** A budget period of an award, with the go/no-go decision that ended it. */
@Embeddable
public class BudgetPeriod {

  private int number;

  @Column(name = "start_date")
  private LocalDate start;

  @Column(name = "end_date")
  private LocalDate end;

  private Money amount;

  @Enumerated(EnumType.STRING)
  private BudgetPeriodStatus status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_justification")
  private String justification;

  protected BudgetPeriod() {}

  BudgetPeriod(BudgetPeriodTerms terms) {
    this.number = terms.number();
    this.start = terms.start();
    this.end = terms.end();
    this.amount = terms.amount();
    this.status = BudgetPeriodStatus.PENDING;
  }

  void decide(BudgetPeriodStatus outcome, String by, String why) {
    this.status = outcome;
    this.decidedBy = by;
    this.justification = why;
  }

  void authorize() {
    this.status = BudgetPeriodStatus.AUTHORIZED;
  }

  public BudgetPeriodTerms terms() {
    return new BudgetPeriodTerms(number, start, end, amount);
  }

  public int number() {
    return number;
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  public Money amount() {
    return amount;
  }

  public BudgetPeriodStatus status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String justification() {
    return justification;
  }
}
