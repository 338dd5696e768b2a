package org.lodestone.intake.application;

import java.util.Collection;
import org.lodestone.identity.Caller;

/**
 * Who besides the applicant's organization and agency staff may read an application, contributed by
 * later contexts (review: the assigned reviewers) without intake reading their tables.
 */
public interface ApplicationAccess {

  /** How much of an application a caller may read. */
  enum Level {
    NONE,
    /**
     * Only what is needed to declare a conflict of interest: organization, owners, title, summary.
     */
    DECLARATION,
    FULL;

    public boolean atLeast(Level other) {
      return compareTo(other) >= 0;
    }
  }

  Level levelFor(Caller caller, long applicationId);

  /** The applications the caller may read at least at {@link Level#DECLARATION}. */
  Collection<Long> readableBy(Caller caller);
}
