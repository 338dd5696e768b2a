package org.lodestone.disbursement.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.shared.Money;

/** Costs incurred in one budget category (SF-424A object class). */
@Embeddable
public class CostLine {

  @Enumerated(EnumType.STRING)
  private BudgetCategory category;

  private Money amount;

  protected CostLine() {}

  public CostLine(BudgetCategory category, Money amount) {
    this.category = category;
    this.amount = amount;
  }

  public BudgetCategory category() {
    return category;
  }

  public Money amount() {
    return amount;
  }
}
