package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardStatus;

/** The awards the caller may see: the recipient's own, or all for staff and auditors. */
@Named
@ViewScoped
public class AwardsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;
  @Inject private transient org.lodestone.ledger.application.Ledger ledger;

  private AwardStatus status;
  private transient List<Award> items;

  public List<Award> getItems() {
    if (items == null) {
      items = awards.list(status, 0, 500);
    }
    return items;
  }

  public void filter() {
    items = null;
  }

  /** Disbursed so far, from the award's latest ledger entry. */
  public org.lodestone.shared.Money disbursed(Award award) {
    return ledger
        .latest(award.id())
        .map(org.lodestone.ledger.domain.LedgerEntry::disbursedAfter)
        .orElse(org.lodestone.shared.Money.ZERO);
  }

  /** Obligated and not yet disbursed. */
  public org.lodestone.shared.Money remaining(Award award) {
    return ledger
        .latest(award.id())
        .map(e -> e.obligatedAfter().minus(e.disbursedAfter()))
        .orElse(org.lodestone.shared.Money.ZERO);
  }

  public String recipient(Award award) {
    return awards.recipient(award).legalName();
  }

  public String project(Award award) {
    return awards.application(award).details().title();
  }

  public AwardStatus[] getStatuses() {
    return AwardStatus.values();
  }

  public AwardStatus getStatus() {
    return status;
  }

  public void setStatus(AwardStatus status) {
    this.status = status;
  }
}
