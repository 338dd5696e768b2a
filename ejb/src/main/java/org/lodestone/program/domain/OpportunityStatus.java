package org.lodestone.program.domain;

public enum OpportunityStatus {
  DRAFT,
  PUBLISHED,
  CLOSED
}
