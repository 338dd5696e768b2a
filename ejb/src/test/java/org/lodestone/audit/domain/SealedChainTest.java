package org.lodestone.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Whoever can write the database can rewrite the chain from any point and recompute every hash and
 * the head: the links then verify, but the seals made before no longer match.
 */
class SealedChainTest {

  private static final Instant AT = Instant.parse("2027-03-01T12:00:00Z");

  /** A chain of the given event names, built the way the server builds it. */
  private static Chain chain(List<String> names) {
    AuditChainHead head = AuditChainHead.empty();
    List<AuditEvent> events = new ArrayList<>();
    for (String name : names) {
      events.add(
          head.append(AT, "fiona", "PAYMENT_REQUEST", "7", name, Map.of("amount", "100.00")));
    }
    return new Chain(head, events);
  }

  private record Chain(AuditChainHead head, List<AuditEvent> events) {
    AuditSeal sealAt(long number, int eventId) {
      return new AuditSeal(number, eventId, events.get(eventId - 1).hash(), AT, "signed");
    }

    ChainVerification verify(List<AuditSeal> seals) {
      ChainVerification verification = new ChainVerification(seals);
      events.forEach(verification::accept);
      verification.finish(head);
      return verification;
    }
  }

  private static final List<String> ORIGINAL = List.of("A", "B", "C", "D", "E", "F");

  private static Chain rewritten(UnaryOperator<List<String>> change) {
    return chain(change.apply(new ArrayList<>(ORIGINAL)));
  }

  private final Chain original = chain(ORIGINAL);
  private final List<AuditSeal> seals = List.of(original.sealAt(1, 3), original.sealAt(2, 5));

  @Test
  void anUntouchedChainMatchesItsSeals() {
    ChainVerification verification = original.verify(seals);

    assertThat(verification.valid()).isTrue();
    assertThat(verification.seals()).isEqualTo(2);
    assertThat(verification.lastSealedEventId()).isEqualTo(5);
  }

  @Test
  void aConsistentRewriteVerifiesByItsLinksAloneButNotAgainstTheSeals() {
    Chain edited =
        rewritten(
            names -> {
              names.set(3, "D (edited)");
              return names;
            });

    assertThat(edited.verify(List.of()).valid()).as("links recomputed").isTrue();
    ChainVerification verification = edited.verify(seals);
    assertThat(verification.valid()).isFalse();
    assertThat(verification.sealBroken()).isTrue();
    assertThat(verification.firstBrokenEventId())
        .as("first event after the last good seal")
        .isEqualTo(4L);
    assertThat(verification.lastSealedEventId()).isEqualTo(3);
  }

  @Test
  void aConsistentDeletionIsLocatedAfterTheLastGoodSeal() {
    Chain deleted =
        rewritten(
            names -> {
              names.remove(3);
              return names;
            });

    assertThat(deleted.verify(List.of()).valid()).isTrue();
    assertThat(deleted.verify(seals).firstBrokenEventId()).isEqualTo(4L);
  }

  @Test
  void aConsistentInsertionIsLocatedAfterTheLastGoodSeal() {
    Chain inserted =
        rewritten(
            names -> {
              names.add(3, "X");
              return names;
            });

    assertThat(inserted.verify(List.of()).valid()).isTrue();
    assertThat(inserted.verify(seals).firstBrokenEventId()).isEqualTo(4L);
  }

  @Test
  void aTailCutBackBelowASealIsNoticed() {
    Chain cut = chain(ORIGINAL.subList(0, 4));

    assertThat(cut.verify(List.of()).valid()).isTrue();
    ChainVerification verification = cut.verify(seals);
    assertThat(verification.valid()).isFalse();
    assertThat(verification.firstBrokenEventId()).isEqualTo(4L);
  }

  @Test
  void aRewriteBeforeTheFirstSealIsLocatedAtTheStart() {
    Chain edited =
        rewritten(
            names -> {
              names.set(0, "A (edited)");
              return names;
            });

    assertThat(edited.verify(seals).firstBrokenEventId()).isEqualTo(1L);
  }

  @Test
  void eventsAfterTheLastSealAreCheckedByTheirLinks() {
    Chain longer =
        rewritten(
            names -> {
              names.add("G");
              return names;
            });

    assertThat(longer.verify(List.of(longer.sealAt(1, 3))).valid()).isTrue();
  }

  @Test
  void aSealOfTheEmptyChainVouchesForNothingAndBreaksNothing() {
    AuditSeal empty = new AuditSeal(1, 0, AuditChainHead.empty().lastHash(), AT, "signed");

    assertThat(original.verify(List.of(empty)).valid()).isTrue();
  }

  @Test
  void aProblemWithTheSealFileMakesTheVerificationInvalid() {
    ChainVerification verification = new ChainVerification(seals);
    original.events().forEach(verification::accept);
    verification.sealProblem("seal 2 does not carry a valid signature");
    verification.finish(original.head());

    assertThat(verification.valid()).isFalse();
    assertThat(verification.firstBrokenEventId()).isNull();
    assertThat(verification.sealProblems())
        .containsExactly("seal 2 does not carry a valid signature");
  }

  @Test
  void aSealWithABadSignatureOrMissingFromTheRunIsReported() {
    List<AuditSeal> file =
        List.of(original.sealAt(1, 2), original.sealAt(2, 3), original.sealAt(4, 5));

    SealCheck check = SealCheck.of(file, seal -> seal.number() != 2);

    assertThat(check.good()).extracting(AuditSeal::number).containsExactly(1L, 4L);
    assertThat(check.problems())
        .containsExactly(
            "seal 2 does not carry a valid signature", "seal 3 is missing from the seal file");
  }

  @Test
  void sealsThatAllVerifyAndRunOnHaveNoProblems() {
    SealCheck check = SealCheck.of(seals, seal -> true);

    assertThat(check.good()).isEqualTo(seals);
    assertThat(check.problems()).isEmpty();
  }
}
