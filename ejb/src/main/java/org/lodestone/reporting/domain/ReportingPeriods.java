package org.lodestone.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of an award's reports: one progress and one financial report for each calendar
 * quarter that ends within the period of performance, due 30 days after the quarter ends, and the
 * final reports of closeout, due 120 days after the period of performance ends (2 CFR 200.328,
 * 200.344).
 */
public final class ReportingPeriods {

  public static final int QUARTERLY_DAYS = 30;
  public static final int CLOSEOUT_DAYS = 120;

  private ReportingPeriods() {}

  /** The last day of the calendar quarter holding {@code day}. */
  public static LocalDate quarterEnd(LocalDate day) {
    int lastMonth = ((day.getMonthValue() - 1) / 3) * 3 + 3;
    LocalDate first = LocalDate.of(day.getYear(), lastMonth, 1);
    return first.withDayOfMonth(first.lengthOfMonth());
  }

  /**
   * The quarter ends from the start of performance, strictly before its end (the last part of the
   * period is covered by the final reports).
   */
  public static List<LocalDate> quarterEnds(LocalDate start, LocalDate end) {
    List<LocalDate> ends = new ArrayList<>();
    for (LocalDate q = quarterEnd(start); q.isBefore(end); q = quarterEnd(q.plusDays(1))) {
      ends.add(q);
    }
    return ends;
  }

  /**
   * The first day a quarterly report covers: the quarter's first day, or the start of performance.
   */
  public static LocalDate quarterStart(LocalDate quarterEnd, LocalDate performanceStart) {
    LocalDate first = quarterEnd.withDayOfMonth(1).minusMonths(2);
    return first.isBefore(performanceStart) ? performanceStart : first;
  }

  /** The quarter in words, {@code 2027 Q1}, and in a report number, {@code 2027Q1}. */
  public static String quarter(LocalDate quarterEnd) {
    return quarterEnd.getYear() + "Q" + quarterEnd.get(IsoFields.QUARTER_OF_YEAR);
  }

  public static LocalDate quarterlyDue(LocalDate quarterEnd) {
    return quarterEnd.plusDays(QUARTERLY_DAYS);
  }

  public static LocalDate closeoutDue(LocalDate performanceEnd) {
    return performanceEnd.plusDays(CLOSEOUT_DAYS);
  }
}
