package org.lodestone.award.application;

/** An amendment was asked for: its process asks the selecting official to decide. */
public record AmendmentRequested(long amendmentId, String number, long awardId) {}
