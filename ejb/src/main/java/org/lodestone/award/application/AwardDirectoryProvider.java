package org.lodestone.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.lodestone.award.infrastructure.AwardRepository;
import org.lodestone.identity.CallerService;
import org.lodestone.permitting.application.AwardDirectory;

/** The award context's answers to permitting: who may see an award, which milestones wait. */
@ApplicationScoped
public class AwardDirectoryProvider implements AwardDirectory {

  @Inject private AwardRepository awards;
  @Inject private CallerService callers;
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<AwardRef> visible(long awardId) {
    return awards
        .find(awardId)
        .filter(a -> callers.current().mayActFor(a.organizationId()))
        .map(a -> new AwardRef(a.id(), a.number(), a.organizationId()));
  }

  @Override
  public List<Long> milestonesDependingOn(long permitId) {
    return em.createQuery(
            "select m.id from Milestone m where :p member of m.permitIds order by m.id", Long.class)
        .setParameter("p", permitId)
        .getResultList();
  }
}
