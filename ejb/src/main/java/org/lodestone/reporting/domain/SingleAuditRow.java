package org.lodestone.reporting.domain;

import org.lodestone.shared.Money;

/**
 * One recipient's federal expenditures in a fiscal year (disbursed less recovered, October to
 * September) and whether they reach the single-audit threshold (2 CFR 200.501; for-profit
 * recipients included, as 2 CFR 910.501 extends it to them).
 */
public record SingleAuditRow(
    long organizationId,
    String legalName,
    String uei,
    int awards,
    Money expenditures,
    boolean reachesThreshold) {}
