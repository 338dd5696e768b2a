package org.lodestone.award.domain;

/** An amendment waits for the selecting official's decision. */
public enum AmendmentStatus {
  PENDING,
  APPROVED,
  REJECTED
}
