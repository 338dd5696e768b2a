package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.reporting.application.ReportService;
import org.lodestone.reporting.domain.RecipientReport;
import org.lodestone.shared.Money;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;
import org.lodestone.workflow.reporting.ReportTasks;

/**
 * The closeout of an award (2 CFR 200.344): the final reports and their due date, what still keeps
 * the award open, the balance closing de-obligates, and the program officer's CLOSE_AWARD.
 */
@Named
@ViewScoped
public class CloseoutPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;
  @Inject private transient ReportService reports;
  @Inject private transient WorkInbox inbox;
  @Inject private transient ProgramClock clock;

  private Long award;
  private transient Award found;
  private transient List<RecipientReport> owed;
  private transient List<Violation> blockers;
  private transient Money balance;
  private transient WorkItem work;
  private String remarks;

  public void load() {
    try {
      found = award == null ? null : awards.get(award);
    } catch (NotFoundException e) {
      found = null;
    }
    if (found == null) {
      return;
    }
    owed = reports.ofAward(found.id());
    boolean closing = found.status() == AwardStatus.CLOSING;
    blockers = closing ? reports.closeoutBlockers(found.id()) : List.of();
    balance = awards.unliquidatedBalance(found.id());
    work =
        inbox.openWorkOn(found.subject()).stream()
            .filter(w -> w.type() == ReportTasks.CLOSE_AWARD)
            .findFirst()
            .orElse(null);
  }

  public String close() {
    if (work == null
        || !Messages.attempt(
            () -> inbox.complete(work.id(), new ReportTasks.CloseAward(remarks)), "closing")) {
      return null;
    }
    Messages.info("Award closed; the unliquidated balance is de-obligated.");
    return "/app/closeout.xhtml?faces-redirect=true&award=" + award;
  }

  public boolean late(RecipientReport r) {
    return r.late(clock.today());
  }

  public boolean isCloseoutLate() {
    return found != null
        && found.status() == AwardStatus.CLOSING
        && found.closeoutDueOn() != null
        && clock.today().isAfter(found.closeoutDueOn());
  }

  public Award getFound() {
    return found;
  }

  public List<RecipientReport> getOwed() {
    return owed;
  }

  public List<Violation> getBlockers() {
    return blockers;
  }

  public Money getBalance() {
    return balance;
  }

  public WorkItem getWork() {
    return work;
  }

  public Long getAward() {
    return award;
  }

  public void setAward(Long award) {
    this.award = award;
  }

  public String getRemarks() {
    return remarks;
  }

  public void setRemarks(String remarks) {
    this.remarks = remarks;
  }
}
