package org.lodestone.disbursement.application;

/** The last active hold on an award was lifted: payments waiting at the release continue. */
public record HoldsLifted(long awardId) {}
