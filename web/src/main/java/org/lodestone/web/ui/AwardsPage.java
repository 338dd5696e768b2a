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

  static final int SEARCH_MAX = 100;

  private AwardStatus status;
  private String search;
  private transient List<Award> items;

  /** The awards of the status chosen whose number, project or recipient holds the search text. */
  public List<Award> getItems() {
    if (items == null) {
      String text =
          search == null || search.isBlank()
              ? null
              : search.strip().toLowerCase(java.util.Locale.ROOT);
      items =
          awards.list(status, 0, 500).stream()
              .filter(
                  a ->
                      text == null
                          || a.number().toLowerCase(java.util.Locale.ROOT).contains(text)
                          || project(a).toLowerCase(java.util.Locale.ROOT).contains(text)
                          || recipient(a).toLowerCase(java.util.Locale.ROOT).contains(text))
              .toList();
    }
    return items;
  }

  /** The sum over the awards listed of obligated, disbursed or remaining. */
  public org.lodestone.shared.Money total(String what) {
    org.lodestone.shared.Money sum = org.lodestone.shared.Money.ZERO;
    for (Award a : getItems()) {
      if (a.status().obligated()) {
        sum =
            sum.plus(
                switch (what) {
                  case "disbursed" -> disbursed(a);
                  case "remaining" -> remaining(a);
                  default -> a.netObligated();
                });
      }
    }
    return sum;
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

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search =
        search == null || search.length() <= SEARCH_MAX ? search : search.substring(0, SEARCH_MAX);
  }

  public AwardStatus getStatus() {
    return status;
  }

  public void setStatus(AwardStatus status) {
    this.status = status;
  }
}
