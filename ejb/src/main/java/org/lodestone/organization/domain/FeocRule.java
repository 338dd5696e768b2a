package org.lodestone.organization.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

/**
 * The screening rule: incorporated in a covered nation, or owned at or above the threshold by
 * parties from covered nations taken together, makes an organization a foreign entity of concern.
 */
public record FeocRule(Set<String> coveredCountries, BigDecimal thresholdPercent) {

  /** China, Russia, Iran, North Korea; 25 percent. */
  public static final FeocRule DOE_2024 =
      new FeocRule(Set.of("CN", "RU", "IR", "KP"), BigDecimal.valueOf(25));

  /** System property naming the covered nations (ISO codes, comma-separated). */
  public static final String COUNTRIES_PROPERTY = "lodestone.feoc.countries";

  /** System property with the ownership threshold in percent. */
  public static final String THRESHOLD_PROPERTY = "lodestone.feoc.threshold-percent";

  /**
   * The rule in force: {@link #DOE_2024} unless the server configuration sets {@value
   * #COUNTRIES_PROPERTY} or {@value #THRESHOLD_PROPERTY} (the list and threshold follow policy, not
   * releases).
   */
  public static FeocRule configured() {
    String countries = System.getProperty(COUNTRIES_PROPERTY);
    String threshold = System.getProperty(THRESHOLD_PROPERTY);
    return new FeocRule(
        countries == null || countries.isBlank()
            ? DOE_2024.coveredCountries()
            : Set.of(countries.strip().toUpperCase().split("\\s*,\\s*")),
        threshold == null || threshold.isBlank()
            ? DOE_2024.thresholdPercent()
            : new BigDecimal(threshold.strip()));
  }

  public FeocStatus screen(String countryOfIncorporation, Collection<Owner> owners) {
    if (coveredCountries.contains(countryOfIncorporation)) {
      return FeocStatus.FOREIGN_ENTITY_OF_CONCERN;
    }
    BigDecimal covered =
        owners.stream()
            .filter(o -> coveredCountries.contains(o.country()))
            .map(Owner::sharePercent)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return covered.compareTo(thresholdPercent) >= 0
        ? FeocStatus.FOREIGN_ENTITY_OF_CONCERN
        : FeocStatus.CLEAR;
  }
}
