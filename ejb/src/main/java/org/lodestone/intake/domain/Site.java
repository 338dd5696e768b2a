package org.lodestone.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Where the project is: state (USPS code), county and WGS 84 coordinates. */
@Embeddable
public record Site(
    @Column(name = "site_state") String state,
    @Column(name = "site_county") String county,
    @Column(name = "site_latitude") BigDecimal latitude,
    @Column(name = "site_longitude") BigDecimal longitude) {

  public boolean isEmpty() {
    return state == null && county == null && latitude == null && longitude == null;
  }
}
