package org.lodestone.program.domain;

/** What a funding opportunity pays for. */
public enum TopicArea {
  EXPLORATION,
  EXTRACTION,
  PROCESSING_REFINING,
  RECYCLING_RECOVERY,
  ALLIED_SOURCING
}
