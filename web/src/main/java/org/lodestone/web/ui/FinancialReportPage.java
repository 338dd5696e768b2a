package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.reporting.application.ReportingService;
import org.lodestone.reporting.domain.FinancialReport;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;

/** An award's SF-425 lines for a quarter, computed from the ledger. */
@Named
@ViewScoped
public class FinancialReportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;
  @Inject private transient ReportingService reporting;
  @Inject private transient ProgramClock clock;

  private Long awardId;
  private String periodEnd;
  private transient Award award;
  private transient FinancialReport report;

  public void load() {
    try {
      award = awardId == null ? null : awards.get(awardId);
    } catch (NotFoundException e) {
      award = null;
    }
    if (award == null) {
      return;
    }
    List<LocalDate> ends = getPeriodEnds();
    LocalDate end =
        ends.stream().filter(d -> d.toString().equals(periodEnd)).findFirst().orElse(ends.get(0));
    periodEnd = end.toString();
    report =
        reporting.financialReport(award.id(), end.isBefore(award.start()) ? award.start() : end);
  }

  /** The quarter ends from the start of performance to the current quarter's, newest first. */
  public List<LocalDate> getPeriodEnds() {
    List<LocalDate> ends = new ArrayList<>();
    LocalDate today = clock.today();
    LocalDate end = quarterEnd(award.start());
    while (!end.isAfter(quarterEnd(today)) && !end.isAfter(quarterEnd(award.end()))) {
      ends.add(0, end);
      end = quarterEnd(end.plusDays(1));
    }
    if (ends.isEmpty()) {
      ends.add(today);
    }
    return ends;
  }

  private static LocalDate quarterEnd(LocalDate day) {
    LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
    return first.plusMonths(3).minusDays(1);
  }

  public List<FinancialReport.Line> getLines() {
    return report.lines();
  }

  /** True while the quarter shown has not ended: the figures are to date. */
  public boolean isCurrentQuarter() {
    return report != null && report.periodEnd().isAfter(clock.today());
  }

  public Award getAward() {
    return award;
  }

  public FinancialReport getReport() {
    return report;
  }

  public Long getAwardId() {
    return awardId;
  }

  public void setAwardId(Long awardId) {
    this.awardId = awardId;
  }

  public String getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(String periodEnd) {
    this.periodEnd = periodEnd;
  }
}
