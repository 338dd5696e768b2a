package org.lodestone.review.domain;

/** The selecting official's decision on an application. */
public enum SelectionDecision {
  SELECT,
  DECLINE
}
