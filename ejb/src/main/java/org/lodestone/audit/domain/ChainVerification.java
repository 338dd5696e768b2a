package org.lodestone.audit.domain;

/**
 * Walks the chain in id order and remembers the first event that does not follow the one before it
 * (altered content, a removed or inserted event, a rewritten hash).
 */
public class ChainVerification {

  private long previousId;
  private String previousHash = AuditChainHead.empty().lastHash();
  private long events;
  private Long firstBrokenEventId;

  public void accept(AuditEvent event) {
    events++;
    if (firstBrokenEventId == null && !event.follows(previousId, previousHash)) {
      firstBrokenEventId = event.id();
    }
    previousId = event.id();
    previousHash = event.hash();
  }

  /** The head must point at the last event seen: catches events cut off the end. */
  public void finish(AuditChainHead head) {
    if (firstBrokenEventId == null
        && (head.lastEventId() != previousId || !head.lastHash().equals(previousHash))) {
      firstBrokenEventId = previousId + 1;
    }
  }

  public boolean valid() {
    return firstBrokenEventId == null;
  }

  public long events() {
    return events;
  }

  public Long firstBrokenEventId() {
    return firstBrokenEventId;
  }
}
