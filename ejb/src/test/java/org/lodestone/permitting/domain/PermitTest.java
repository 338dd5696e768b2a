package org.lodestone.permitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/** Every timetable rule of FAST-41 and Dashboard practice, at its boundaries. */
class PermitTest {

  private static final LocalDate START = LocalDate.parse("2027-01-01");
  private static final LocalDate TARGET = LocalDate.parse("2027-07-20"); // 200 days after START
  private static final Instant AT = Instant.parse("2027-02-01T15:00:00Z");
  private static final ReasonCategory SPONSOR = ReasonCategory.PROJECT_SPONSOR;

  private final List<PermitChange> changes = new ArrayList<>();

  private static Permit permit() {
    return new Permit(9, ActionType.STATE_MINING, "State mining permit", "NDOM", START, TARGET);
  }

  private Permit.Outcome move(
      Permit p, LocalDate to, ReasonCategory c, LocalDate today, boolean finalAction) {
    return p.moveTarget(
        to, "Baseline survey late", c, today, finalAction, false, false, "pat", AT, changes);
  }

  @Test
  void aDateChangeNeedsAReasonAndACategoryAndIsKeptAsHistory() {
    Permit p = permit();
    assertThatThrownBy(
            () ->
                p.moveTarget(
                    TARGET.plusDays(5), " ", null, START, false, false, false, "pat", AT, changes))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactlyInAnyOrder("reason", "reasonCategory"));
    assertThat(p.targetDate()).isEqualTo(TARGET);
    assertThat(move(p, TARGET.plusDays(5), SPONSOR, START, false))
        .isEqualTo(Permit.Outcome.APPLIED);
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("targetDate");
              assertThat(c.before()).isEqualTo("2027-07-20");
              assertThat(c.after()).isEqualTo("2027-07-25");
              assertThat(c.reason()).isEqualTo("Baseline survey late");
              assertThat(c.category()).isEqualTo(SPONSOR);
              assertThat(c.actor()).isEqualTo("pat");
            });
  }

  @Test
  void aTargetDateDoesNotChangeWithinThirtyDaysBeforeItDay31IsStillOpen() {
    Permit p = permit();
    assertThatThrownBy(() -> move(p, TARGET.plusDays(10), SPONSOR, TARGET.minusDays(30), false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("within 30 days")
        .hasMessageContaining("30 days away");
    assertThat(move(p, TARGET.plusDays(10), SPONSOR, TARGET.minusDays(31), false))
        .isEqualTo(Permit.Outcome.APPLIED);
  }

  @Test
  void aPassedTargetDateChangesOnlyThroughTheMissedDateReport() {
    Permit p = permit();
    LocalDate today = TARGET.plusDays(3);
    assertThat(p.missed(today)).isTrue();
    assertThatThrownBy(() -> move(p, TARGET.plusDays(40), SPONSOR, today, false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("has passed");
    p.moveTarget(
        TARGET.plusDays(40),
        "Agency backlog",
        ReasonCategory.AGENCY_RESOURCES,
        today,
        false,
        true,
        false,
        "pat",
        AT,
        changes);
    assertThat(p.missed(today)).isFalse();
  }

  @Test
  void extensionsAddUpToHalfOfTheOriginalTimetableAndNotOneDayMore() {
    Permit p = permit();
    assertThat(p.extensionAllowance()).isEqualTo(100);
    move(p, TARGET.plusDays(60), SPONSOR, START, false);
    assertThatThrownBy(() -> move(p, TARGET.plusDays(101), SPONSOR, START, false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining(
            "add up to 101 days, more than half of the original timetable (100 days of 200)")
        .hasMessageContaining("60 are used");
    move(p, TARGET.plusDays(100), SPONSOR, START, false);
    assertThat(p.extensionDays()).isEqualTo(100);
  }

  @Test
  void extensionsOutsideTheGovernmentsControlDoNotCountAgainstTheCap() {
    Permit p = permit();
    move(p, TARGET.plusDays(150), ReasonCategory.OUTSIDE_GOVERNMENT_CONTROL, START, false);
    assertThat(p.extensionDays()).isZero();
    move(p, TARGET.plusDays(250), SPONSOR, START, false);
    assertThat(p.extensionDays()).isEqualTo(100);
  }

  @Test
  void aFinalCompletionDateMovedMoreThanThirtyDaysWaitsForApproval() {
    Permit p = permit();
    assertThat(move(p, TARGET.plusDays(31), SPONSOR, START, true))
        .isEqualTo(Permit.Outcome.NEEDS_APPROVAL);
    assertThat(p.targetDate()).isEqualTo(TARGET);
    assertThat(changes).isEmpty();
    assertThat(move(p, TARGET.plusDays(30), SPONSOR, START, true))
        .isEqualTo(Permit.Outcome.APPLIED);
    assertThat(
            p.moveTarget(
                TARGET.plusDays(90),
                "Approved",
                SPONSOR,
                START,
                true,
                false,
                true,
                "pat",
                AT,
                changes))
        .isEqualTo(Permit.Outcome.APPLIED);
    assertThat(p.targetDate()).isEqualTo(TARGET.plusDays(90));
  }

  @Test
  void aTargetBeforeTheTimetablesStartAndAnActualDateInTheFutureAreRefused() {
    Permit p = permit();
    assertThatThrownBy(() -> move(p, START.minusDays(1), SPONSOR, START, false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("before the timetable's start");
    LocalDate today = LocalDate.parse("2027-03-01");
    assertThatThrownBy(() -> p.complete(today.plusDays(1), today, "pat", AT, changes))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("must not be in the future");
    p.complete(today, today, "pat", AT, changes);
    assertThat(p.complete()).isTrue();
    assertThat(p.missed(TARGET.plusDays(1))).isFalse();
    assertThatThrownBy(() -> move(p, TARGET.plusDays(5), SPONSOR, START, false))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void resumingMovesTheOpenDateByTheDaysPausedAndAResumeNeedsAPause() {
    Permit p = permit();
    assertThatThrownBy(() -> p.resume(START, "pat", AT, changes))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("not paused");
    assertThatThrownBy(() -> p.pause(null, SPONSOR, START, "pat", AT, changes))
        .isInstanceOf(RuleViolationException.class);
    p.pause(
        "Sponsor redesigning the tailings facility",
        SPONSOR,
        LocalDate.parse("2027-02-01"),
        "pat",
        AT,
        changes);
    assertThat(p.status()).isEqualTo(PermitStatus.PAUSED);
    p.resume(LocalDate.parse("2027-02-15"), "pat", AT, changes);
    assertThat(p.status()).isEqualTo(PermitStatus.PLANNED);
    assertThat(p.targetDate()).isEqualTo(TARGET.plusDays(14));
    assertThat(changes.get(changes.size() - 1).reason()).isEqualTo("project pause");
    assertThat(p.extensionDays()).isZero();
  }

  @Test
  void aDenialNeedsAReason() {
    Permit p = permit();
    assertThatThrownBy(() -> p.changeStatus(PermitStatus.DENIED, null, null, "pat", AT, changes))
        .isInstanceOf(RuleViolationException.class);
    p.changeStatus(
        PermitStatus.DENIED,
        "Water rights refused",
        ReasonCategory.NEW_INFORMATION,
        "pat",
        AT,
        changes);
    assertThat(p.status()).isEqualTo(PermitStatus.DENIED);
  }
}
