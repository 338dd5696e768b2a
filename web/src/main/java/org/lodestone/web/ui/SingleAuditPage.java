package org.lodestone.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.lodestone.reporting.application.ReportingService;
import org.lodestone.reporting.domain.SingleAuditRow;
import org.lodestone.shared.Money;
import org.lodestone.shared.ProgramClock;

/** Federal expenditures per recipient in a fiscal year against the single-audit threshold. */
@Named
@ViewScoped
public class SingleAuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReportingService reporting;
  @Inject private transient ProgramClock clock;

  private int fiscalYear;
  private transient List<SingleAuditRow> rows;

  @PostConstruct
  void init() {
    fiscalYear = reporting.fiscalYearOf(clock.today());
  }

  public void load() {
    rows = reporting.singleAudit(fiscalYear);
  }

  public List<SingleAuditRow> getRows() {
    if (rows == null) {
      load();
    }
    return rows;
  }

  /** This fiscal year and the four before it. */
  public List<Integer> getYears() {
    int current = reporting.fiscalYearOf(clock.today());
    return IntStream.rangeClosed(0, 4).map(i -> current - i).boxed().toList();
  }

  public Money getThreshold() {
    return reporting.singleAuditThreshold();
  }

  public long getFlagged() {
    return getRows().stream().filter(SingleAuditRow::reachesThreshold).count();
  }

  /** A recipient's expenditures as a share of the largest, for the bar (0-100). */
  public int bar(SingleAuditRow row) {
    Money largest = getRows().isEmpty() ? Money.ZERO : getRows().get(0).expenditures();
    return largest.isZero()
        ? 0
        : row.expenditures()
            .amount()
            .multiply(java.math.BigDecimal.valueOf(100))
            .divide(largest.amount(), 0, java.math.RoundingMode.HALF_UP)
            .intValue();
  }

  /** Where the threshold falls on the bars (0-100, or -1 when beyond the largest). */
  public int getThresholdMark() {
    Money largest = getRows().isEmpty() ? Money.ZERO : getRows().get(0).expenditures();
    if (largest.isZero() || getThreshold().exceeds(largest)) {
      return -1;
    }
    return getThreshold()
        .amount()
        .multiply(java.math.BigDecimal.valueOf(100))
        .divide(largest.amount(), 0, java.math.RoundingMode.HALF_UP)
        .intValue();
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }
}
