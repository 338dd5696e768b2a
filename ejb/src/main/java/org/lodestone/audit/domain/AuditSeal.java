package org.lodestone.audit.domain;

import java.time.Instant;

/**
 * A signed statement that the audit chain ended at {@code lastEventId} with {@code lastHash} at
 * {@code sealedAt}. Seals are kept outside the database, so whoever can rewrite the chain and its
 * head cannot rewrite them too; the signature is made with a key the database never holds.
 *
 * @param number consecutive from 1, so a seal cut out of the file shows as a gap
 */
public record AuditSeal(
    long number, long lastEventId, String lastHash, Instant sealedAt, String signature) {

  /** The bytes the signature covers. */
  public static String payload(long number, long lastEventId, String lastHash, Instant sealedAt) {
    return String.join(
        "\u001f", Long.toString(number), Long.toString(lastEventId), lastHash, sealedAt.toString());
  }

  public String payload() {
    return payload(number, lastEventId, lastHash, sealedAt);
  }
}
