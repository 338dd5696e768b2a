package org.lodestone.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/**
 * A typed change of an active award's terms, asked by the program officer or by the recipient as a
 * prior-approval request (2 CFR 200.308), and approved by the selecting official, never the person
 * who asked. It holds the whole proposed terms, so approval applies exactly what was reviewed.
 */
@Entity
@Table(name = "amendment")
public class Amendment {

  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "award_id")
  private Award award;

  private String number;

  @Enumerated(EnumType.STRING)
  private AmendmentType type;

  private String reason;

  @Column(name = "proposed_terms")
  private String proposedTerms;

  @Column(name = "base_terms_version")
  private int baseTermsVersion;

  @Enumerated(EnumType.STRING)
  private AmendmentStatus status;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Version private long version;

  protected Amendment() {}

  Amendment(
      Award award,
      String number,
      AmendmentType type,
      String reason,
      AwardTerms proposed,
      String by,
      Instant at) {
    if (type == null) {
      throw new RuleViolationException("type", "is required");
    }
    this.award = award;
    this.number = number;
    this.type = type;
    this.reason = requireText("reason", reason);
    this.proposedTerms = TermsJson.write(proposed);
    this.baseTermsVersion = award.termsVersion();
    this.status = AmendmentStatus.PENDING;
    this.requestedBy = by;
    this.requestedAt = at;
  }

  /** The selecting official's decision; never the requester's own. */
  void decide(boolean approve, String why, String by, Instant at) {
    if (status != AmendmentStatus.PENDING) {
      throw new StateConflictException("amendment " + number + " was already " + status);
    }
    if (by.equals(requestedBy)) {
      throw new ForbiddenException(
          "amendment "
              + number
              + " was requested by "
              + by
              + ": someone else must approve or reject it");
    }
    if (!approve || (why != null && !why.isBlank())) {
      this.decisionReason = requireText("reason", why);
    }
    this.status = approve ? AmendmentStatus.APPROVED : AmendmentStatus.REJECTED;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  static String requireText(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new RuleViolationException(field, "is required");
    }
    if (text.length() > TEXT_MAX) {
      throw new RuleViolationException(field, "must be at most " + TEXT_MAX + " characters");
    }
    return text.strip();
  }

  public AwardTerms proposedTerms() {
    return TermsJson.read(proposedTerms);
  }

  public Long id() {
    return id;
  }

  public Award award() {
    return award;
  }

  public String number() {
    return number;
  }

  public AmendmentType type() {
    return type;
  }

  public String reason() {
    return reason;
  }

  public int baseTermsVersion() {
    return baseTermsVersion;
  }

  public AmendmentStatus status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }
}
