package org.lodestone.award.domain;

import java.time.LocalDate;
import org.lodestone.shared.Money;

/** One budget period as negotiated: its dates and the federal amount it may spend. */
public record BudgetPeriodTerms(int number, LocalDate start, LocalDate end, Money amount) {}
