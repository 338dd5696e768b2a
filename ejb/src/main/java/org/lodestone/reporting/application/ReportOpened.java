package org.lodestone.reporting.application;

import java.time.Instant;
import org.lodestone.reporting.domain.ReportKind;

/** A report is owed: its process starts, and escalates at {@code lateAt}. */
public record ReportOpened(
    long reportId,
    String number,
    ReportKind kind,
    long awardId,
    long organizationId,
    Instant lateAt) {}
