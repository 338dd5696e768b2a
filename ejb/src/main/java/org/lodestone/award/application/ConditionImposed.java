package org.lodestone.award.application;

import java.time.Instant;

/** A special condition was imposed: its process waits for the cure until the deadline. */
public record ConditionImposed(
    long conditionId, String number, long awardId, long organizationId, Instant deadline) {}
