package org.lodestone.award.application;

/** The recipient accepted its award and the funds are obligated: reporting begins. */
public record AwardAccepted(long awardId, String number, long organizationId) {}
