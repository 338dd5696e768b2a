package org.lodestone.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain. Its hash covers its own canonical form and the previous event's
 * hash, so altering, removing or reordering any event breaks every link after it.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id private long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "subject_id")
  private String subjectId;

  @Column(name = "event_name")
  private String eventName;

  private String data;

  @Column(name = "previous_hash")
  private String previousHash;

  private String hash;

  protected AuditEvent() {}

  AuditEvent(
      long id,
      Instant occurredAt,
      String actor,
      String subjectType,
      String subjectId,
      String eventName,
      String data,
      String previousHash) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.eventName = eventName;
    this.data = data;
    this.previousHash = previousHash;
    this.hash = computeHash();
  }

  /** An event as stored, its hash as read (not recomputed): what verification checks. */
  static AuditEvent stored(
      long id,
      Instant occurredAt,
      String actor,
      String subjectType,
      String subjectId,
      String eventName,
      String data,
      String previousHash,
      String hash) {
    AuditEvent event =
        new AuditEvent(
            id, occurredAt, actor, subjectType, subjectId, eventName, data, previousHash);
    event.hash = hash;
    return event;
  }

  /** The fields in a fixed order, separated by a character none of them may contain. */
  public String canonicalForm() {
    return String.join(
        "\u001f",
        Long.toString(id),
        occurredAt.toString(),
        actor,
        subjectType,
        subjectId,
        eventName,
        data,
        previousHash);
  }

  public String computeHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonicalForm().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when this event's stored hash matches its content and it follows {@code previous}. */
  public boolean follows(long previousId, String previousHashValue) {
    return id == previousId + 1
        && previousHash.equals(previousHashValue)
        && hash.equals(computeHash());
  }

  public long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String eventName() {
    return eventName;
  }

  public String data() {
    return data;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
