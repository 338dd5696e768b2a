package org.lodestone.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.lodestone.intake.application.ApplicationSelected;
import org.lodestone.program.application.FundsCommitments;
import org.lodestone.shared.Money;

/**
 * Where the award context meets selection: a selected application gets its draft award in the
 * selection's own transaction, and selection counts the funds that awards hold.
 */
@ApplicationScoped
public class AwardOpener implements FundsCommitments {

  @Inject private AwardService awards;
  @Inject private org.lodestone.award.infrastructure.AwardRepository repository;

  void onSelected(@Observes ApplicationSelected selected) {
    awards.open(selected.applicationId());
  }

  @Override
  public Money committed(long opportunityId) {
    return repository.obligated(opportunityId).plus(repository.pending(opportunityId, null));
  }
}
