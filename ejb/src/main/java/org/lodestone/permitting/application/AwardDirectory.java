package org.lodestone.permitting.application;

import java.util.List;
import java.util.Optional;

/**
 * What permitting needs to know of awards, provided by the award context: whether the caller may
 * see an award (and whose it is), and which milestones depend on a permit.
 */
public interface AwardDirectory {

  /** An award the caller may see. */
  record AwardRef(long id, String number, long organizationId) {}

  Optional<AwardRef> visible(long awardId);

  /** The ids of the milestones that wait for a permit. */
  List<Long> milestonesDependingOn(long permitId);
}
