package org.lodestone.review.domain;

/** A program officer's rating of financial capability, FEOC exposure and past performance. */
public enum RiskRating {
  LOW,
  MEDIUM,
  HIGH
}
