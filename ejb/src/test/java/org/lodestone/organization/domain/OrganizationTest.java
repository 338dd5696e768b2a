package org.lodestone.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationTest {

  private static Owner owner(String country, String share) {
    return new Owner("Owner " + country, country, new BigDecimal(share));
  }

  private static Organization organization(String country, List<Owner> owners) {
    return new Organization(
        new OrganizationProfile(
            "Acme Minerals", "GBL7TQ2K9M4X", "1 Main St", "Reno", "NV", "89501", country, owners));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBL7TQ2K9M4X", "AR5KQ9W2MN7H", "123456789ABC"})
  void validUniqueEntityIds(String uei) {
    assertThat(Organization.isValidUei(uei)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0BL7TQ2K9M4X",
        "GBL7TQ2K9M4",
        "GBL7TQ2K9M4XY",
        "GBO7TQ2K9M4X",
        "GBI7TQ2K9M4X",
        "gbl7tq2k9m4x",
        ""
      })
  void invalidUniqueEntityIds(String uei) {
    assertThat(Organization.isValidUei(uei)).isFalse();
  }

  @Test
  void ownersSharesMayNotExceedAHundredPercent() {
    assertThatThrownBy(() -> organization("US", List.of(owner("US", "60"), owner("CA", "40.01"))))
        .hasMessageContaining("100.01 percent, more than 100");
  }

  @Test
  void everyBrokenProfileRuleIsNamedByField() {
    Organization o = organization("US", List.of(owner("US", "100")));
    assertThatThrownBy(
            () ->
                o.revise(
                    new OrganizationProfile(
                        " ", "0BAD", "1 Main", "Reno", "NV", "ABCDE", "usa", List.of())))
        .isInstanceOfSatisfying(
            org.lodestone.shared.RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(org.lodestone.shared.Violation::field)
                    .containsExactly("legalName", "uei", "country"));
    assertThatThrownBy(
            () ->
                o.revise(
                    new OrganizationProfile(
                        "Acme", "GBL7TQ2K9M4X", null, null, null, "ABCDE", "US", List.of())))
        .hasMessageContaining("postalCode");
    assertThatThrownBy(() -> new Owner(" ", "China", new BigDecimal("0")))
        .isInstanceOfSatisfying(
            org.lodestone.shared.RuleViolationException.class,
            e -> assertThat(e.violations()).hasSize(3));
    assertThat(o.legalName()).isEqualTo("Acme Minerals");
  }

  @Test
  void theCoveredNationsAndThresholdAreConfiguration() {
    Organization o = organization("US", List.of(owner("US", "85"), owner("BY", "15")));
    assertThat(o.feocStatus()).isEqualTo(FeocStatus.CLEAR);
    System.setProperty(FeocRule.COUNTRIES_PROPERTY, "CN, RU, IR, KP, BY");
    System.setProperty(FeocRule.THRESHOLD_PROPERTY, "10");
    try {
      assertThat(o.feocStatus()).isEqualTo(FeocStatus.FOREIGN_ENTITY_OF_CONCERN);
    } finally {
      System.clearProperty(FeocRule.COUNTRIES_PROPERTY);
      System.clearProperty(FeocRule.THRESHOLD_PROPERTY);
    }
    assertThat(o.feocStatus()).isEqualTo(FeocStatus.CLEAR);
  }

  @Test
  void changingOwnershipRescreensTheOrganization() {
    Organization o = organization("US", List.of(owner("US", "100")));
    o.revise(
        new OrganizationProfile(
            "Acme",
            "GBL7TQ2K9M4X",
            null,
            null,
            null,
            null,
            "US",
            List.of(owner("US", "70"), owner("CN", "30"))));
    assertThat(o.feocStatus()).isEqualTo(FeocStatus.FOREIGN_ENTITY_OF_CONCERN);
  }

  @Test
  void clearWhenCoveredNationsHoldLessThanAQuarter() {
    Organization o = organization("US", List.of(owner("US", "75.01"), owner("CN", "24.99")));
    assertThat(o.feocStatus()).isEqualTo(FeocStatus.CLEAR);
  }

  @Test
  void foreignEntityOfConcernAtAQuarterHeldByCoveredNationsTogether() {
    Organization o =
        organization("US", List.of(owner("US", "75"), owner("RU", "15"), owner("IR", "10")));
    assertThat(o.feocStatus()).isEqualTo(FeocStatus.FOREIGN_ENTITY_OF_CONCERN);
  }

  @Test
  void foreignEntityOfConcernWhenIncorporatedInACoveredNation() {
    assertThat(organization("KP", List.of()).feocStatus())
        .isEqualTo(FeocStatus.FOREIGN_ENTITY_OF_CONCERN);
  }

  @org.junit.jupiter.api.Test
  void fieldsLongerThanTheirColumnsAndSharesWithTooManyDecimalsAreRefusedByName() {
    assertThatThrownBy(
            () ->
                new Organization(
                    new OrganizationProfile(
                        "Acme Minerals",
                        "GBL7TQ2K9M4X",
                        "x".repeat(201),
                        "y".repeat(101),
                        "NEVADA",
                        "1".repeat(11),
                        "US",
                        List.of())))
        .isInstanceOfSatisfying(
            org.lodestone.shared.RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(org.lodestone.shared.Violation::field)
                    .contains("street", "city", "state", "postalCode"));
    assertThatThrownBy(() -> new Owner("z".repeat(201), "US", BigDecimal.TEN))
        .hasMessageContaining("owners.name");
    assertThatThrownBy(() -> new Owner("Fund", "US", new BigDecimal("10.125")))
        .hasMessageContaining("at most 2 decimals");
  }
}
