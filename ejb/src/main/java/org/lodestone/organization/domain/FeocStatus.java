package org.lodestone.organization.domain;

/** Foreign-entity-of-concern screening outcome (DOE interpretive rule, 89 FR 37079). */
public enum FeocStatus {
  /** Neither incorporated in nor owned or controlled from a covered nation. */
  CLEAR,
  /** A foreign entity of concern: may not receive funds. */
  FOREIGN_ENTITY_OF_CONCERN
}
