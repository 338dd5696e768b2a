package org.lodestone.intake.domain;

import java.util.EnumSet;
import java.util.Set;

/** What an uploaded document is for. */
public enum AttachmentKind {
  TECHNICAL_VOLUME,
  BUDGET_JUSTIFICATION,
  LETTER_OF_COMMITMENT,
  OTHER;

  /** Needed before an application can be submitted. */
  public static final Set<AttachmentKind> REQUIRED =
      EnumSet.of(TECHNICAL_VOLUME, BUDGET_JUSTIFICATION);
}
