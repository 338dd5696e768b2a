package org.lodestone.award.domain;

import java.time.LocalDate;
import java.util.List;
import org.lodestone.shared.Money;

/**
 * A milestone as negotiated: the deliverable, the budget period it falls in, its due date, the
 * payment it releases, the permits it waits for, and whether the independent engineer certifies it.
 * {@code id} names a milestone the award already has (null for a new one), so that amendments keep
 * the progress of the milestones they change.
 */
public record MilestoneTerms(
    Long id,
    String title,
    String deliverable,
    int budgetPeriod,
    LocalDate dueDate,
    Money amount,
    List<Long> permitIds,
    boolean engineerCertification) {

  public MilestoneTerms {
    permitIds = permitIds == null ? List.of() : List.copyOf(permitIds);
  }
}
