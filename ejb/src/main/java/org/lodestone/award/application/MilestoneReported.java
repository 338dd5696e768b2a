package org.lodestone.award.application;

/** The recipient reported a milestone complete: its review starts. */
public record MilestoneReported(
    long milestoneId,
    String businessKey,
    long awardId,
    long organizationId,
    boolean engineerCertification) {}
