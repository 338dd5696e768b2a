package org.lodestone.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lodestone.audit.domain.AuditChainHead;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.identity.CallerService;

/** Appends audit events in the caller's transaction and verifies the chain. */
@Stateless
public class AuditTrail {

  private static final int PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;

  /**
   * Records a change of state as part of the current transaction: if the change rolls back, so does
   * its event.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AuditEvent record(
      String subjectType, Object subjectId, String event, Map<String, ?> data) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent appended =
        head.append(
            Instant.now(),
            callers.current().username(),
            subjectType,
            String.valueOf(subjectId),
            event,
            data);
    em.persist(appended);
    return appended;
  }

  /** The events about one subject, oldest first (an object's history). */
  @PermitAll
  public List<AuditEvent> eventsAbout(String subjectType, Object subjectId) {
    return em.createQuery(
            "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.id",
            AuditEvent.class)
        .setParameter("type", subjectType)
        .setParameter("id", String.valueOf(subjectId))
        .getResultList();
  }

  /**
   * Events for auditors, newest first: about one subject when both type and id are given, of one
   * type when only the type is.
   */
  @RolesAllowed({"AUDITOR", "ADMIN"})
  public List<AuditEvent> search(String subjectType, String subjectId, int page, int size) {
    StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
    if (subjectType != null) {
      jpql.append(" and e.subjectType = :type");
    }
    if (subjectId != null) {
      jpql.append(" and e.subjectId = :id");
    }
    var query = em.createQuery(jpql.append(" order by e.id desc").toString(), AuditEvent.class);
    if (subjectType != null) {
      query.setParameter("type", subjectType);
    }
    if (subjectId != null) {
      query.setParameter("id", subjectId);
    }
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }

  @RolesAllowed({"AUDITOR", "ADMIN"})
  public ChainVerification verify() {
    ChainVerification verification = new ChainVerification();
    long after = 0;
    List<AuditEvent> page;
    do {
      page =
          em.createQuery(
                  "select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        verification.accept(event);
        after = event.id();
      }
      em.clear();
    } while (page.size() == PAGE);
    verification.finish(em.find(AuditChainHead.class, AuditChainHead.ID));
    return verification;
  }
}
