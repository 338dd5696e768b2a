package org.lodestone.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lodestone.shared.Violation;

/**
 * What a recipient writes in a progress report: how the work went, where the milestones and permits
 * stand, the jobs the project supports and the capacity it has built, in tonnes per year by
 * mineral.
 */
public record ProgressContent(
    String narrative,
    String milestoneStatus,
    String permitStatus,
    Integer jobs,
    Map<String, BigDecimal> capacity) {

  public static final int NARRATIVE_MAX = 4000;
  public static final int TEXT_MAX = 2000;
  public static final int MINERALS_MAX = 20;
  public static final int JOBS_MAX = 1_000_000;
  private static final BigDecimal TONNES_MAX = new BigDecimal("9999999999999.99");

  public ProgressContent {
    capacity =
        capacity == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(capacity));
  }

  /** Every broken rule at once, each naming its field. */
  public List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    text(v, "narrative", narrative, NARRATIVE_MAX);
    text(v, "milestoneStatus", milestoneStatus, TEXT_MAX);
    text(v, "permitStatus", permitStatus, TEXT_MAX);
    if (jobs == null) {
      v.add(new Violation("jobs", "is required"));
    } else if (jobs < 0 || jobs > JOBS_MAX) {
      v.add(new Violation("jobs", "must be between 0 and " + JOBS_MAX));
    }
    if (capacity.size() > MINERALS_MAX) {
      v.add(new Violation("capacity", "may list at most " + MINERALS_MAX + " minerals"));
    }
    if (capacity.keySet().stream().anyMatch(m -> m == null || m.isBlank() || m.length() > 40)) {
      v.add(new Violation("capacity", "names each mineral by its code (at most 40 characters)"));
    }
    if (capacity.values().stream()
        .anyMatch(
            t ->
                t == null
                    || t.signum() < 0
                    || t.compareTo(TONNES_MAX) > 0
                    || t.stripTrailingZeros().scale() > 2)) {
      v.add(
          new Violation(
              "capacity",
              "gives tonnes per year, not negative, with at most 13 digits and 2 decimals"));
    }
    return v;
  }

  private static void text(List<Violation> v, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      v.add(new Violation(field, "is required"));
    } else if (value.length() > max) {
      v.add(new Violation(field, "must be at most " + max + " characters"));
    }
  }
}
