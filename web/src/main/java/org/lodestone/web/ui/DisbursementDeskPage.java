package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.award.application.AwardService;
import org.lodestone.disbursement.application.DisbursementService;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.shared.ProgramClock;

/**
 * The disbursement desk for program and finance officers: requests awaiting a decision or the
 * release, oldest first, each with its age against the 30-day rule, its next step and how many of
 * its checks fail now.
 */
@Named
@ViewScoped
public class DisbursementDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int LIMIT = 500;

  @Inject private transient DisbursementService disbursements;
  @Inject private transient AwardService awards;
  @Inject private transient ProgramClock clock;

  private transient List<PaymentRequest> items;
  private final Map<Long, String> awardNumbers = new HashMap<>();

  public List<PaymentRequest> getItems() {
    if (items == null) {
      items = disbursements.desk(LIMIT);
    }
    return items;
  }

  public String award(PaymentRequest r) {
    return awardNumbers.computeIfAbsent(r.awardId(), a -> awards.get(a).number());
  }

  public long age(PaymentRequest r) {
    return ChronoUnit.DAYS.between(clock.dateOf(r.firstSubmittedAt()), clock.today());
  }

  public LocalDate dueBy(PaymentRequest r) {
    return disbursements.dueBy(r);
  }

  /** Late (past 30 days), near (past 20: escalated) or on time. */
  public String urgency(PaymentRequest r) {
    long age = age(r);
    return age > 30 ? "late" : age >= 20 ? "near" : "ok";
  }

  public String nextStep(PaymentRequest r) {
    return disbursements
        .nextStep(r)
        .map(s -> s.label())
        .orElse(
            r.status() == org.lodestone.disbursement.domain.PaymentStatus.HELD
                ? "Held"
                : "Release");
  }

  /** A band of the queue by age: how many requests, and their share of the longest bar. */
  public record AgeBand(String label, String urgency, long count, long percent) {}

  public List<AgeBand> getAgeBands() {
    long[] counts = new long[4];
    for (PaymentRequest r : getItems()) {
      long age = age(r);
      counts[age < 10 ? 0 : age < 20 ? 1 : age <= 30 ? 2 : 3]++;
    }
    long most = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
    String[] labels = {
      "Under 10 days", "10 to 19 days", "20 to 30 days (escalated)", "Over 30 days (late)"
    };
    String[] urgency = {"ok", "ok", "near", "late"};
    List<AgeBand> bands = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      bands.add(new AgeBand(labels[i], urgency[i], counts[i], 100 * counts[i] / most));
    }
    return bands;
  }

  public String getAgeSummary() {
    return getAgeBands().stream()
        .map(b -> b.label() + ": " + b.count())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public long failing(PaymentRequest r) {
    return disbursements.checks(r).stream().filter(c -> !c.passed()).count();
  }
}
