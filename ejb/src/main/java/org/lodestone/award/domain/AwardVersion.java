package org.lodestone.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One version of an award's terms as made: the first on acceptance, one per approved amendment. */
@Embeddable
public class AwardVersion {

  private int number;

  private String terms;

  @Column(name = "amendment_id")
  private Long amendmentId;

  @Column(name = "made_at")
  private Instant madeAt;

  protected AwardVersion() {}

  AwardVersion(int number, AwardTerms terms, Long amendmentId, Instant madeAt) {
    this.number = number;
    this.terms = TermsJson.write(terms);
    this.amendmentId = amendmentId;
    this.madeAt = madeAt;
  }

  public int number() {
    return number;
  }

  public AwardTerms terms() {
    return TermsJson.read(terms);
  }

  public Long amendmentId() {
    return amendmentId;
  }

  public Instant madeAt() {
    return madeAt;
  }
}
