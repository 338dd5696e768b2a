package org.lodestone.intake.application;

/** An application passed screening and goes on to merit review. */
public record ApplicationAccepted(long applicationId, String number) {}
