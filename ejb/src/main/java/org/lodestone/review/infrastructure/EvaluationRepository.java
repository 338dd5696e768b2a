package org.lodestone.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.lodestone.review.domain.Evaluation;
import org.lodestone.shared.JpaRepository;
import org.lodestone.shared.StateConflictException;

/** The evaluation of each application in or past merit review. */
@ApplicationScoped
public class EvaluationRepository extends JpaRepository<Evaluation, Long> {

  public EvaluationRepository() {
    super(Evaluation.class, "Evaluation");
  }

  public Optional<Evaluation> ofApplication(long applicationId) {
    return em.createQuery(
            "select e from Evaluation e where e.applicationId = :id", Evaluation.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The evaluation of an application, locked until the transaction ends and read afresh under the
   * lock (an instance read earlier in the transaction may be stale).
   */
  public Evaluation lockOfApplication(long applicationId) {
    Evaluation evaluation =
        ofApplication(applicationId)
            .orElseThrow(
                () ->
                    new StateConflictException(
                        "application " + applicationId + " is not in review"));
    em.refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
    return evaluation;
  }

  public List<Evaluation> ofOpportunity(long opportunityId) {
    return em.createQuery(
            "select e from Evaluation e where e.opportunityId = :o order by e.applicationId",
            Evaluation.class)
        .setParameter("o", opportunityId)
        .getResultList();
  }
}
