package org.lodestone.intake.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One category of the project budget. */
@Embeddable
public record BudgetLine(@Enumerated(EnumType.STRING) BudgetCategory category, BigDecimal amount) {}
