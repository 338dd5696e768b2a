package org.lodestone.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/** A party owning part of an organization; country as ISO 3166-1 alpha-2. */
@Embeddable
public record Owner(
    String name, String country, @Column(name = "share_percent") BigDecimal sharePercent) {

  public Owner {
    List<Violation> v = new ArrayList<>();
    if (name == null || name.isBlank()) {
      v.add(new Violation("owners.name", "is required"));
    } else if (name.length() > 200) {
      v.add(new Violation("owners.name", "must be at most 200 characters"));
    }
    if (country == null || !country.matches("[A-Z]{2}")) {
      v.add(new Violation("owners.country", "must be a two-letter ISO country code such as CA"));
    }
    if (sharePercent == null
        || sharePercent.signum() <= 0
        || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0
        || sharePercent.stripTrailingZeros().scale() > 2) {
      v.add(
          new Violation(
              "owners.sharePercent",
              "must be above 0 and at most 100 percent, with at most 2 decimals"));
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
  }
}
