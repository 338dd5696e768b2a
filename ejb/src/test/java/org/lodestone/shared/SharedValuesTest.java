package org.lodestone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Money, bounded numbers, field changes, subjects and the program clock. */
class SharedValuesTest {

  record Profile(String name, BigDecimal share, List<String> owners) {}

  @Test
  void moneyIsExactToTheCentAndAddsUp() {
    assertThat(Money.of("2500000").toString()).isEqualTo("2500000.00");
    assertThat(Money.of("10.10").plus(Money.of("0.20"))).isEqualTo(Money.of("10.30"));
    assertThat(Money.of("5").minus(Money.of("7.5")).isNegative()).isTrue();
    assertThat(Money.of("7.5").exceeds(Money.of("7.49"))).isTrue();
    assertThat(Money.of("1234567.5").formatted()).isEqualTo("$1,234,567.50");
    assertThatThrownBy(() -> Money.of("0.005")).isInstanceOf(ArithmeticException.class);
    assertThat(new MoneyConverter().convertToEntityAttribute(new BigDecimal("3.1")))
        .isEqualTo(Money.of("3.10"));
  }

  @Test
  void numbersAreBoundedBeforeTheyAreUsed() {
    assertThat(Decimals.parse("12.5")).contains(new BigDecimal("12.5"));
    assertThat(Decimals.parse("1E-2000000")).isEmpty();
    assertThat(Decimals.parse("1E+2000000000")).isEmpty();
    assertThat(Decimals.parse("9".repeat(41))).isEmpty();
    assertThat(Decimals.parse("1234567890123456789")).isEmpty(); // 19 digits before the point
    assertThat(Decimals.parse("0.12345678901")).isEmpty(); // 11 after it
    assertThat(Decimals.parse("not a number")).isEmpty();
    assertThat(Decimals.RULE).doesNotContain("2000000");
  }

  @Test
  void changesKeepEveryChangedFieldBeforeAndAfterIgnoringHowNumbersWereWritten() {
    Profile before = new Profile("Acme", new BigDecimal("37.754400"), List.of("A", "B"));
    Profile after = new Profile("Acme Corp", new BigDecimal("37.7544"), List.of("A", "C"));

    List<Map<String, Object>> changes = Changes.between(before, after);

    assertThat(changes)
        .containsExactly(
            Map.of("field", "name", "before", "Acme", "after", "Acme Corp"),
            Map.of("field", "owners", "before", "[A, B]", "after", "[A, C]"));
  }

  @Test
  void aSubjectKindNamesTheProcessVariableOfItsId() {
    assertThat(SubjectKind.APPLICATION.idVariable()).isEqualTo("applicationId");
    assertThat(SubjectKind.PAYMENT_REQUEST.idVariable()).isEqualTo("paymentRequestId");
    assertThat(SubjectKind.PAYMENT_REQUEST.inWords()).isEqualTo("payment request");
    assertThat(Subject.of(SubjectKind.AWARD, 7, "AWD-2026-000007").toString()).isEqualTo("AWARD:7");
  }

  @Test
  void todayIsInTheProgramTimeZone() {
    ProgramClock clock =
        new ProgramClock(
            Clock.fixed(Instant.parse("2027-03-01T04:30:00Z"), ZoneOffset.UTC),
            new ProgramSettings());
    assertThat(clock.today()).isEqualTo(LocalDate.parse("2027-02-28"));
    System.setProperty(ProgramSettings.ZONE, "UTC");
    try {
      assertThat(clock.today()).isEqualTo(LocalDate.parse("2027-03-01"));
    } finally {
      System.clearProperty(ProgramSettings.ZONE);
    }
  }

  @Test
  void settingsComeFromSystemPropertiesWithDefaultsAndRefuseNonsense() {
    ProgramSettings settings = new ProgramSettings();
    assertThat(settings.getReviewPeriod()).hasDays(14);
    System.setProperty(ProgramSettings.REVIEW_PERIOD, "PT20S");
    System.setProperty(ProgramSettings.MAX_SPREAD, "1E+999999999");
    try {
      assertThat(settings.getReviewPeriod()).hasSeconds(20);
      assertThatThrownBy(settings::getMaxSpread)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(ProgramSettings.MAX_SPREAD);
    } finally {
      System.clearProperty(ProgramSettings.REVIEW_PERIOD);
      System.clearProperty(ProgramSettings.MAX_SPREAD);
    }
  }
}
