package org.lodestone.review.application;

import java.time.Instant;

/** A reviewer was assigned to an application; its merit review process starts. */
public record ReviewerAssigned(
    long reviewId,
    long applicationId,
    String applicationNumber,
    String reviewer,
    Instant reminderAt,
    Instant dueAt) {}
