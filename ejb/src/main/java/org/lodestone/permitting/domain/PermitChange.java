package org.lodestone.permitting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a permit's date or status: before, after, who, when and why. Never changed. */
@Entity
@Table(name = "permit_change")
public class PermitChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "permit_id")
  private Long permitId;

  private Instant at;
  private String actor;
  private String field;

  @Column(name = "value_before")
  private String before;

  @Column(name = "value_after")
  private String after;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_category")
  private ReasonCategory category;

  protected PermitChange() {}

  public PermitChange(
      Long permitId,
      Instant at,
      String actor,
      String field,
      Object before,
      Object after,
      String reason,
      ReasonCategory category) {
    this.permitId = permitId;
    this.at = at;
    this.actor = actor;
    this.field = field;
    this.before = before == null ? null : before.toString();
    this.after = after == null ? null : after.toString();
    this.reason = reason;
    this.category = category;
  }

  public Long id() {
    return id;
  }

  public Long permitId() {
    return permitId;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String field() {
    return field;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String reason() {
    return reason;
  }

  public ReasonCategory category() {
    return category;
  }
}
