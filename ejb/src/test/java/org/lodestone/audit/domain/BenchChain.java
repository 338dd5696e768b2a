package org.lodestone.audit.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** What the benchmarks share about the audit chain: writing an event row, verifying the table. */
public final class BenchChain {

  public static final String INSERT =
      "INSERT INTO audit_event (id, occurred_at, actor, subject_type, subject_id, event_name,"
          + " data, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final int PAGE = 1000;

  private BenchChain() {}

  /** Adds an event to a batch of {@link #INSERT}. */
  public static void add(PreparedStatement insert, AuditEvent e) throws SQLException {
    insert.setLong(1, e.id());
    insert.setTimestamp(2, Timestamp.from(e.occurredAt()));
    insert.setString(3, e.actor());
    insert.setString(4, e.subjectType());
    insert.setString(5, e.subjectId());
    insert.setString(6, e.eventName());
    insert.setString(7, e.data());
    insert.setString(8, e.previousHash());
    insert.setString(9, e.hash());
    insert.addBatch();
  }

  /**
   * Verifies the chain as {@code AuditTrail.verify} does: pages of 1,000 by id, each event's hash
   * recomputed and its link checked, against a seal of the head; {@code pageRead} runs after each
   * page (to sample the heap).
   */
  public static ChainVerification verify(Connection db, AuditChainHead head, Runnable pageRead)
      throws SQLException {
    AuditSeal seal = new AuditSeal(1, head.lastEventId(), head.lastHash(), Instant.now(), "");
    ChainVerification verification = new ChainVerification(List.of(seal));
    long after = 0;
    int read;
    try (PreparedStatement page =
        db.prepareStatement(
            "SELECT id, occurred_at, actor, subject_type, subject_id, event_name, data,"
                + " previous_hash, hash FROM audit_event WHERE id > ? AND id <= ? ORDER BY id"
                + " FETCH FIRST "
                + PAGE
                + " ROWS ONLY")) {
      do {
        page.setLong(1, after);
        page.setLong(2, head.lastEventId());
        read = 0;
        try (ResultSet rs = page.executeQuery()) {
          while (rs.next()) {
            AuditEvent event =
                AuditEvent.stored(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9));
            verification.accept(event);
            after = event.id();
            read++;
          }
        }
        pageRead.run();
      } while (read == PAGE);
    }
    verification.finish(head);
    return verification;
  }
}
