package org.lodestone.web.api.export;

/**
 * Who publishes the open-data exports, and the identifiers the standards ask for. Each is a server
 * system property; the defaults name the program itself and must be replaced by the agency's
 * registered values before publishing (docs/exports.md).
 */
record Publisher(
    String name,
    String funderId,
    String ocidPrefix,
    String grantIdPrefix,
    String assistanceListing,
    String awardingSubTierAgency,
    String awardingOffice) {

  static Publisher fromSettings() {
    return new Publisher(
        property("lodestone.export.publisher", "Critical Minerals Partnership Program"),
        property("lodestone.export.funder-id", "US-GOV-LODESTONE"),
        property("lodestone.export.ocid-prefix", "ocds-lodest"),
        property("lodestone.export.360giving-prefix", "360G-lodestone"),
        property("lodestone.export.assistance-listing", "81.000"),
        property("lodestone.export.awarding-sub-tier-agency", "8900"),
        property("lodestone.export.awarding-office", null));
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** An organization identifier from the recipient's SAM Unique Entity ID. */
  static String organizationId(String uei) {
    return "US-UEI-" + uei;
  }
}
