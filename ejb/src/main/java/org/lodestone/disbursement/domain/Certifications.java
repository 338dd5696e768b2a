package org.lodestone.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the recipient certifies with each draw: the costs are allowable, no change of ownership
 * makes it a foreign entity of concern, iron, steel and construction materials of infrastructure
 * costs are produced in the United States (Build America, Buy America), and construction labor is
 * paid Davis-Bacon prevailing wages.
 */
@Embeddable
public class Certifications {

  @Column(name = "costs_allowable")
  private boolean costsAllowable;

  @Column(name = "feoc_ownership_unchanged")
  private boolean feocOwnershipUnchanged;

  @Column(name = "buy_america")
  private boolean buyAmerica;

  @Column(name = "davis_bacon")
  private boolean davisBacon;

  protected Certifications() {}

  public Certifications(
      boolean costsAllowable,
      boolean feocOwnershipUnchanged,
      boolean buyAmerica,
      boolean davisBacon) {
    this.costsAllowable = costsAllowable;
    this.feocOwnershipUnchanged = feocOwnershipUnchanged;
    this.buyAmerica = buyAmerica;
    this.davisBacon = davisBacon;
  }

  public boolean costsAllowable() {
    return costsAllowable;
  }

  public boolean feocOwnershipUnchanged() {
    return feocOwnershipUnchanged;
  }

  public boolean buyAmerica() {
    return buyAmerica;
  }

  public boolean davisBacon() {
    return davisBacon;
  }

  @Override
  public String toString() {
    return costsAllowable + "," + feocOwnershipUnchanged + "," + buyAmerica + "," + davisBacon;
  }
}
