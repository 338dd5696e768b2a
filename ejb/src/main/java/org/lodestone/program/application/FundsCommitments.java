package org.lodestone.program.application;

import org.lodestone.shared.Money;

/**
 * What later contexts hold of an opportunity's funds: obligations of accepted awards plus
 * selections not yet awarded. The award context provides it; selection counts with it, under the
 * opportunity's lock.
 */
public interface FundsCommitments {

  /** Obligated plus selected-and-pending, of one opportunity. */
  Money committed(long opportunityId);
}
