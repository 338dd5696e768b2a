package org.lodestone.audit.domain;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Walks the chain in id order and remembers the first event that does not follow the one before it
 * (altered content, a removed or inserted event, a rewritten hash), then holds the chain against
 * its seals: a seal whose event no longer has the sealed hash means the chain was rewritten after
 * the last seal that still matches, links recomputed or not, so the first event after that seal is
 * the first one that can no longer be trusted.
 */
public class ChainVerification {

  private final Iterator<AuditSeal> seals;
  private final int sealCount;
  private AuditSeal nextSeal;
  private AuditSeal lastGoodSeal;
  private long previousId;
  private String previousHash = AuditChainHead.empty().lastHash();
  private long events;
  private Long firstBrokenEventId;
  private boolean sealBroken;
  private final List<String> sealProblems = new ArrayList<>();

  /** Without seals: the links alone. */
  public ChainVerification() {
    this(List.of());
  }

  /**
   * @param seals signature-checked seals in the order they were made
   */
  public ChainVerification(List<AuditSeal> seals) {
    this.seals = seals.iterator();
    this.sealCount = seals.size();
    advance();
  }

  /** The next seal that vouches for an event (a seal of the empty chain vouches for none). */
  private void advance() {
    do {
      nextSeal = seals.hasNext() ? seals.next() : null;
    } while (nextSeal != null && nextSeal.lastEventId() == 0);
  }

  public void accept(AuditEvent event) {
    events++;
    if (firstBrokenEventId == null && !event.follows(previousId, previousHash)) {
      firstBrokenEventId = event.id();
    }
    previousId = event.id();
    previousHash = event.hash();
    while (nextSeal != null && !sealBroken && nextSeal.lastEventId() <= event.id()) {
      if (nextSeal.lastEventId() == event.id() && nextSeal.lastHash().equals(event.hash())) {
        lastGoodSeal = nextSeal;
        advance();
      } else {
        sealBroken = true;
      }
    }
  }

  /**
   * The head must point at the last event seen (catches events cut off the end), and every seal
   * must have been met: one beyond the last event means sealed events are gone.
   */
  public void finish(AuditChainHead head) {
    if (firstBrokenEventId == null
        && (head.lastEventId() != previousId || !head.lastHash().equals(previousHash))) {
      firstBrokenEventId = previousId + 1;
    }
    if (nextSeal != null && !sealBroken && nextSeal.lastEventId() > previousId) {
      sealBroken = true;
    }
    if (sealBroken) {
      long afterLastGoodSeal = lastGoodSeal == null ? 1 : lastGoodSeal.lastEventId() + 1;
      firstBrokenEventId =
          firstBrokenEventId == null
              ? afterLastGoodSeal
              : Math.min(firstBrokenEventId, afterLastGoodSeal);
    }
  }

  /** Something wrong with the seal file itself (a forged or missing seal). */
  public void sealProblem(String problem) {
    sealProblems.add(problem);
  }

  public List<String> sealProblems() {
    return List.copyOf(sealProblems);
  }

  public boolean valid() {
    return firstBrokenEventId == null && sealProblems.isEmpty();
  }

  public long events() {
    return events;
  }

  public Long firstBrokenEventId() {
    return firstBrokenEventId;
  }

  /** The seals held against the chain. */
  public int seals() {
    return sealCount;
  }

  /** The last event a matching seal vouches for (0: none). */
  public long lastSealedEventId() {
    return lastGoodSeal == null ? 0 : lastGoodSeal.lastEventId();
  }

  /** True when a seal no longer matches the chain (a rewrite the links alone did not show). */
  public boolean sealBroken() {
    return sealBroken;
  }
}
