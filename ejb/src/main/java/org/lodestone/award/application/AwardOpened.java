package org.lodestone.award.application;

/** A selected application has its draft award: the award process starts. */
public record AwardOpened(long awardId, String number, long organizationId) {}
