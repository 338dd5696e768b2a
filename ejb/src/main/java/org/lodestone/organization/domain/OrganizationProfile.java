package org.lodestone.organization.domain;

import java.util.List;

/** What an applicant states about its organization: identity, address and owners. */
public record OrganizationProfile(
    String legalName,
    String uei,
    String street,
    String city,
    String state,
    String postalCode,
    String country,
    List<Owner> owners) {

  public OrganizationProfile {
    owners = owners == null ? List.of() : List.copyOf(owners);
  }
}
