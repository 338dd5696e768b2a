package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lodestone.reporting.application.ReportService;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.reporting.domain.ReportStatus;
import org.lodestone.shared.ProgramClock;

/**
 * The report inbox: the reports an applicant's organization owes, or every report for staff and
 * auditors, owed first by due date, late ones marked; filtered by status or to the late ones.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LIMIT = 500;

  @Inject private transient ReportService reports;
  @Inject private transient ProgramClock clock;

  private ReportStatus status;
  private boolean lateOnly;
  private String search;
  private transient List<RecipientReport> rows;
  private transient List<RecipientReport> all;

  public void load() {
    all = reports.inbox(null, LIMIT);
    filter();
  }

  public void filter() {
    if (all == null) {
      all = reports.inbox(null, LIMIT);
    }
    rows =
        all.stream()
            .filter(r -> status == null || r.status() == status)
            .filter(r -> !lateOnly || late(r))
            .filter(
                r ->
                    search == null
                        || search.isBlank()
                        || r.number()
                            .toUpperCase(java.util.Locale.ROOT)
                            .contains(search.strip().toUpperCase(java.util.Locale.ROOT)))
            .toList();
  }

  public boolean late(RecipientReport r) {
    return r.late(clock.today());
  }

  public long count(String what) {
    if (all == null) {
      return 0;
    }
    return switch (what) {
      case "owed" -> all.stream().filter(r -> r.status().owed()).count();
      case "late" -> all.stream().filter(this::late).count();
      case "review" -> all.stream().filter(r -> r.status() == ReportStatus.SUBMITTED).count();
      default -> all.stream().filter(r -> r.status().received()).count();
    };
  }

  /** The award number a report belongs to (its number begins with it). */
  public String awardNumber(RecipientReport r) {
    String n = r.number();
    return n.substring(0, n.lastIndexOf('-', n.lastIndexOf('-') - 1));
  }

  public ReportStatus[] getStatuses() {
    return ReportStatus.values();
  }

  public List<RecipientReport> getRows() {
    return rows;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public void setStatus(ReportStatus status) {
    this.status = status;
  }

  public String getSearch() {
    return search;
  }

  /** Part of a report or award number, at most 60 characters. */
  public void setSearch(String search) {
    this.search = search == null || search.length() <= 60 ? search : search.substring(0, 60);
  }

  public boolean isLateOnly() {
    return lateOnly;
  }

  public void setLateOnly(boolean lateOnly) {
    this.lateOnly = lateOnly;
  }
}
