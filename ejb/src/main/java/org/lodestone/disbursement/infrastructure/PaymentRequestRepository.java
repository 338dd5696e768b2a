package org.lodestone.disbursement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lodestone.disbursement.domain.Hold;
import org.lodestone.disbursement.domain.PaymentRequest;
import org.lodestone.disbursement.domain.PaymentSample;
import org.lodestone.disbursement.domain.PaymentStatus;
import org.lodestone.shared.JpaRepository;
import org.lodestone.shared.Money;

/** Payment requests and holds, and the sums of requests the checks count. */
@ApplicationScoped
public class PaymentRequestRepository extends JpaRepository<PaymentRequest, Long> {

  /** Requests on their way to a payment. */
  public static final Set<PaymentStatus> IN_FLIGHT =
      EnumSet.of(PaymentStatus.SUBMITTED, PaymentStatus.APPROVED, PaymentStatus.HELD);

  /** Requests that are, or will be, a payment. */
  public static final Set<PaymentStatus> DRAWN =
      EnumSet.of(
          PaymentStatus.SUBMITTED,
          PaymentStatus.APPROVED,
          PaymentStatus.HELD,
          PaymentStatus.RELEASED);

  public PaymentRequestRepository() {
    super(PaymentRequest.class, "Payment request");
  }

  /** The request locked and read afresh (after its award's lock: the order of every command). */
  public PaymentRequest lockFresh(long id) {
    PaymentRequest request = get(id);
    em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
    return request;
  }

  public Optional<PaymentRequest> byKey(long awardId, String key) {
    return em.createQuery(
            "select r from PaymentRequest r where r.awardId = :a and r.idempotencyKey = :k",
            PaymentRequest.class)
        .setParameter("a", awardId)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  public List<PaymentRequest> ofAward(long awardId) {
    return em.createQuery(
            "select r from PaymentRequest r where r.awardId = :a order by r.id desc",
            PaymentRequest.class)
        .setParameter("a", awardId)
        .getResultList();
  }

  /** Requests in these states, oldest submission first. */
  public List<PaymentRequest> inStatus(Set<PaymentStatus> statuses, int limit) {
    return em.createQuery(
            "select r from PaymentRequest r where r.status in :s order by r.firstSubmittedAt, r.id",
            PaymentRequest.class)
        .setParameter("s", statuses)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Every released payment's id and amount (the population an audit sample is drawn from). */
  public List<PaymentSample.Item> releasedForSample() {
    return em.createQuery(
            "select r.id, r.number, r.approvedAmount from PaymentRequest r where r.status = :s",
            Object[].class)
        .setParameter("s", PaymentStatus.RELEASED)
        .getResultStream()
        .map(row -> new PaymentSample.Item((Long) row[0], (String) row[1], (Money) row[2]))
        .toList();
  }

  /** What other requests of the award in {@code statuses} ask for (their approved amounts). */
  public Money sum(long awardId, Set<PaymentStatus> statuses, long excluding) {
    return sumWhere(awardId, statuses, excluding, "", null, null);
  }

  /** The same, for one budget period. */
  public Money sumInPeriod(long awardId, int period, Set<PaymentStatus> statuses, long excluding) {
    return em.createQuery(
            "select r.approvedAmount from PaymentRequest r where r.awardId = :a"
                + " and r.status in :s and r.id <> :x and r.budgetPeriod = :p",
            Money.class)
        .setParameter("a", awardId)
        .setParameter("s", statuses)
        .setParameter("x", excluding)
        .setParameter("p", period)
        .getResultStream()
        .reduce(Money.ZERO, Money::plus);
  }

  /** The same, for requests first submitted from {@code from} (inclusive) to {@code to}. */
  public Money sumSubmitted(
      long awardId, Set<PaymentStatus> statuses, long excluding, Instant from, Instant to) {
    return sumWhere(
        awardId,
        statuses,
        excluding,
        " and r.firstSubmittedAt >= :from and r.firstSubmittedAt < :to",
        from,
        to);
  }

  private Money sumWhere(
      long awardId,
      Set<PaymentStatus> statuses,
      long excluding,
      String extra,
      Instant from,
      Instant to) {
    var q =
        em.createQuery(
                "select r.approvedAmount from PaymentRequest r where r.awardId = :a"
                    + " and r.status in :s and r.id <> :x"
                    + extra,
                Money.class)
            .setParameter("a", awardId)
            .setParameter("s", statuses)
            .setParameter("x", excluding);
    if (from != null) {
      q.setParameter("from", from).setParameter("to", to);
    }
    return q.getResultStream().reduce(Money.ZERO, Money::plus);
  }

  /**
   * The cost share other drawn requests of the award report, cash and in kind: two columns, not the
   * requests (an award draws hundreds of times, each request with its costs, documents and
   * approvals).
   */
  public Money costShare(long awardId, long excluding) {
    return em.createQuery(
            "select r.costShareCash, r.costShareInKind from PaymentRequest r where r.awardId = :a"
                + " and r.status in :s and r.id <> :x",
            Object[].class)
        .setParameter("a", awardId)
        .setParameter("s", DRAWN)
        .setParameter("x", excluding)
        .getResultStream()
        .map(row -> ((Money) row[0]).plus((Money) row[1]))
        .reduce(Money.ZERO, Money::plus);
  }

  /** Another request on its way for the same milestone, if any. */
  public Optional<PaymentRequest> otherForMilestone(long milestoneId, long excluding) {
    return em.createQuery(
            "select r from PaymentRequest r where r.milestoneId = :m and r.status in :s"
                + " and r.id <> :x",
            PaymentRequest.class)
        .setParameter("m", milestoneId)
        .setParameter("s", DRAWN)
        .setParameter("x", excluding)
        .getResultStream()
        .findFirst();
  }

  public List<Hold> holds(long awardId) {
    return em.createQuery(
            "select h from Hold h where h.awardId = :a order by h.id desc", Hold.class)
        .setParameter("a", awardId)
        .getResultList();
  }

  public List<Hold> activeHolds(long awardId) {
    return holds(awardId).stream().filter(Hold::active).toList();
  }
}
