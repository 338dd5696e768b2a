package org.lodestone.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The end of the audit chain (a single row). Appending takes it under a write lock, so events get
 * consecutive ids and each names the hash of the one before, whatever runs concurrently.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_event_id")
  private long lastEventId;

  @Column(name = "last_hash")
  private String lastHash;

  protected AuditChainHead() {}

  /** A chain that has no events yet. */
  public static AuditChainHead empty() {
    AuditChainHead head = new AuditChainHead();
    head.id = ID;
    head.lastEventId = 0;
    head.lastHash = "0".repeat(64);
    return head;
  }

  public AuditEvent append(
      Instant at,
      String actor,
      String subjectType,
      String subjectId,
      String eventName,
      Map<String, ?> data) {
    AuditEvent event =
        new AuditEvent(
            lastEventId + 1,
            at.truncatedTo(ChronoUnit.MICROS),
            actor,
            subjectType,
            subjectId,
            eventName,
            CanonicalJson.of(data),
            lastHash);
    lastEventId = event.id();
    lastHash = event.hash();
    return event;
  }

  public long lastEventId() {
    return lastEventId;
  }

  public String lastHash() {
    return lastHash;
  }
}
