package org.lodestone.program.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.Mineral;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.shared.NotFoundException;

/** Reads funding opportunities and the minerals list. Anyone signed in may read published ones. */
@Stateless
@PermitAll
public class OpportunityService {

  @PersistenceContext private EntityManager em;

  public List<FundingOpportunity> published() {
    return em.createQuery(
            "select o from FundingOpportunity o where o.status = :status order by o.closesOn, o.number",
            FundingOpportunity.class)
        .setParameter("status", OpportunityStatus.PUBLISHED)
        .getResultList();
  }

  public FundingOpportunity get(long id) {
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, id);
    if (opportunity == null || opportunity.status() == OpportunityStatus.DRAFT) {
      throw new NotFoundException("Funding opportunity", id);
    }
    return opportunity;
  }

  public List<Mineral> minerals() {
    return em.createQuery(
            "select m from Mineral m where m.active = true order by m.name", Mineral.class)
        .getResultList();
  }
}
