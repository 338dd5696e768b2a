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
