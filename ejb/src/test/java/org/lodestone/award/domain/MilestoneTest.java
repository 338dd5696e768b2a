package org.lodestone.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/**
 * A milestone from its report to its payment: the engineer first where required, the permit gate.
 */
class MilestoneTest {

  private static final Instant NOW = Instant.parse("2027-09-01T14:00:00Z");

  private static Milestone milestone() {
    return AwardTest.active().milestones().get(0);
  }

  @Test
  void aReportNeedsASummaryAndEvidence() {
    Milestone m = milestone();
    assertThatThrownBy(() -> m.report(" ", Set.of(1L), "alice", NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("summary");
    assertThatThrownBy(() -> m.report("Built", Set.of(), "alice", NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("evidence document");
    m.report("Pilot plant commissioned", Set.of(1L, 2L), "alice", NOW);
    assertThat(m.status()).isEqualTo(MilestoneStatus.REPORTED);
    assertThat(m.evidenceIds()).containsExactlyInAnyOrder(1L, 2L);
    assertThatThrownBy(() -> m.report("Again", Set.of(1L), "alice", NOW))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void theEngineerCertifiesBeforeTheProgramOfficerMayAccept() {
    Milestone m = milestone();
    m.report("Pilot plant commissioned", Set.of(1L), "alice", NOW);
    assertThatThrownBy(() -> m.accept(true, null, List.of(), "olivia", NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("independent engineer certifies it first");
    m.certify(true, null, "ivan", NOW);
    assertThat(m.status()).isEqualTo(MilestoneStatus.CERTIFIED);
    m.accept(true, null, List.of(), "olivia", NOW);
    assertThat(m.status()).isEqualTo(MilestoneStatus.ACCEPTED);
    m.markPaid();
    assertThat(m.status()).isEqualTo(MilestoneStatus.PAID);
  }

  @Test
  void acceptanceIsRefusedWhileAPermitItDependsOnIsIncomplete() {
    Milestone m = milestone();
    m.report("Pilot plant commissioned", Set.of(1L), "alice", NOW);
    m.certify(true, null, "ivan", NOW);
    assertThatThrownBy(
            () -> m.accept(true, null, List.of("Water right (in progress)"), "olivia", NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("waits for permits not yet complete: Water right (in progress)");
    assertThat(m.status()).isEqualTo(MilestoneStatus.CERTIFIED);
  }

  @Test
  void eitherReviewerReturnsWithAReasonAndTheRecipientReportsAgain() {
    Milestone m = milestone();
    m.report("Pilot plant commissioned", Set.of(1L), "alice", NOW);
    assertThatThrownBy(() -> m.certify(false, "", "ivan", NOW))
        .isInstanceOf(RuleViolationException.class);
    m.certify(false, "The kiln is not installed", "ivan", NOW);
    assertThat(m.status()).isEqualTo(MilestoneStatus.RETURNED);
    assertThat(m.returnReason()).isEqualTo("The kiln is not installed");
    m.report("Kiln installed", Set.of(3L), "alice", NOW);
    m.certify(true, null, "ivan", NOW);
    m.accept(false, "Commissioning report unsigned", List.of(), "olivia", NOW);
    assertThat(m.status()).isEqualTo(MilestoneStatus.RETURNED);
    assertThatThrownBy(m::markPaid).isInstanceOf(StateConflictException.class);
  }
}
