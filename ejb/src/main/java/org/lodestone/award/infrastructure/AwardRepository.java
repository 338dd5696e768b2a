package org.lodestone.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.shared.JpaRepository;
import org.lodestone.shared.Money;

/** Awards, and the sums of their obligations the funds rules count. */
@ApplicationScoped
public class AwardRepository extends JpaRepository<Award, Long> {

  private static final Set<AwardStatus> OBLIGATED =
      EnumSet.copyOf(
          EnumSet.allOf(AwardStatus.class).stream().filter(AwardStatus::obligated).toList());
  private static final Set<AwardStatus> PENDING =
      EnumSet.copyOf(
          EnumSet.allOf(AwardStatus.class).stream().filter(AwardStatus::pending).toList());

  public AwardRepository() {
    super(Award.class, "Award");
  }

  /** The award locked and read afresh, so a change made by a racing request is seen. */
  public Award lockFresh(long id) {
    Award award = get(id);
    em.refresh(award, LockModeType.PESSIMISTIC_WRITE);
    return award;
  }

  public Optional<Award> ofApplication(long applicationId) {
    return em.createQuery("select a from Award a where a.applicationId = :id", Award.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  /** Newest first; of one organization and one status when given. */
  public List<Award> list(Long organizationId, AwardStatus status, int page, int size) {
    return query(Award.class, "select a", organizationId, status, " order by a.id desc")
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(Long organizationId, AwardStatus status) {
    return query(Long.class, "select count(a)", organizationId, status, "").getSingleResult();
  }

  private <T> TypedQuery<T> query(
      Class<T> type, String select, Long organizationId, AwardStatus status, String order) {
    StringBuilder jpql = new StringBuilder(select).append(" from Award a where 1 = 1");
    if (organizationId != null) {
      jpql.append(" and a.organizationId = :org");
    }
    if (status != null) {
      jpql.append(" and a.status = :status");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    if (organizationId != null) {
      q.setParameter("org", organizationId);
    }
    if (status != null) {
      q.setParameter("status", status);
    }
    return q;
  }

  /** What accepted awards of an opportunity obligate. */
  public Money obligated(long opportunityId) {
    return sum(opportunityId, OBLIGATED, null);
  }

  /** What selected awards not yet accepted hold, other than {@code excluding}. */
  public Money pending(long opportunityId, Long excluding) {
    return sum(opportunityId, PENDING, excluding);
  }

  /** What accepted awards obligate across the program. */
  public Money obligatedInProgram() {
    return net(
        em.createQuery(
                "select a.obligatedAmount, a.deobligatedAtCloseout from Award a where a.status in :s",
                Object[].class)
            .setParameter("s", OBLIGATED)
            .getResultList());
  }

  private Money sum(long opportunityId, Set<AwardStatus> statuses, Long excluding) {
    return net(
        em.createQuery(
                "select a.obligatedAmount, a.deobligatedAtCloseout from Award a"
                    + " where a.opportunityId = :o and a.status in :s and a.id <> :x",
                Object[].class)
            .setParameter("o", opportunityId)
            .setParameter("s", statuses)
            .setParameter("x", excluding == null ? -1L : excluding)
            .getResultList());
  }

  /** Obligations less what closeout de-obligated: funds a closed award returned are free again. */
  private static Money net(java.util.List<Object[]> rows) {
    Money total = Money.ZERO;
    for (Object[] row : rows) {
      total = total.plus((Money) row[0]);
      if (row[1] != null) {
        total = total.minus((Money) row[1]);
      }
    }
    return total;
  }
}
