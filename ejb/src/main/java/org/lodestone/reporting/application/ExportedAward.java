package org.lodestone.reporting.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.shared.Money;

/**
 * An award as the exports write it: the award, its recipient, its opportunity, its project, its
 * milestones and its ledger (the award actions and the payments).
 */
public record ExportedAward(
    long id,
    String number,
    String title,
    String description,
    String status,
    String instrument,
    String opportunityNumber,
    String opportunityTitle,
    Recipient recipient,
    Money obligated,
    Money disbursed,
    BigDecimal costSharePercent,
    Money nonFederalFunding,
    LocalDate start,
    LocalDate end,
    Instant awardedAt,
    String siteState,
    String siteCounty,
    List<String> minerals,
    List<Milestone> milestones,
    List<Entry> ledger) {

  public record Recipient(
      long id,
      String legalName,
      String uei,
      String street,
      String city,
      String state,
      String postalCode,
      String country) {}

  public record Milestone(long id, String title, LocalDate dueDate, Money amount, String status) {}

  /**
   * A ledger entry: an award action (OBLIGATION, DEOBLIGATION) or a payment (DISBURSEMENT,
   * RECOVERY).
   */
  public record Entry(long id, Instant at, String type, Money amount, String reference) {}

  public Money remaining() {
    return obligated.minus(disbursed);
  }
}
