package org.lodestone.intake.application;

/**
 * Fired (synchronously, inside the submitting transaction) when an application is submitted or
 * resubmitted; the intake process listens.
 */
public record ApplicationSubmitted(
    long applicationId, String number, long organizationId, boolean resubmission) {}
