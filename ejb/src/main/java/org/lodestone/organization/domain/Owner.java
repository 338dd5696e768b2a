package org.lodestone.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A party owning part of an organization; country as ISO 3166-1 alpha-2. */
@Embeddable
public record Owner(
    String name, String country, @Column(name = "share_percent") BigDecimal sharePercent) {

  public Owner {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an owner has a name");
    }
    if (country == null || !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("an owner's country is a two-letter ISO code");
    }
    if (sharePercent.signum() <= 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("an owner's share is above 0 and at most 100 percent");
    }
  }
}
