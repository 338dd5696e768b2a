package org.lodestone.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.lodestone.audit.domain.AuditChainHead;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.audit.domain.SealCheck;
import org.lodestone.identity.CallerService;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.SubjectKind;

/** Appends audit events in the caller's transaction and verifies the chain. */
@Stateless
public class AuditTrail {

  private static final int PAGE = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private AuditSeals sealFile;

  /**
   * Records a change of state as part of the current transaction: if the change rolls back, so does
   * its event.
   *
   * <p>Lock order: the chain head is always the last lock a transaction takes. The changes made so
   * far are flushed first, so the rows they lock (opportunity, evaluation, application, ...) are
   * locked before the head, never after it; two people acting on one application cannot deadlock.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AuditEvent record(SubjectKind kind, Object subjectId, String event, Map<String, ?> data) {
    em.flush();
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent appended =
        head.append(
            clock.now(),
            callers.current().username(),
            kind.name(),
            String.valueOf(subjectId),
            event,
            data);
    em.persist(appended);
    return appended;
  }

  /** The events about one subject, oldest first (an object's history). */
  @PermitAll
  public List<AuditEvent> eventsAbout(SubjectKind kind, Object subjectId) {
    return em.createQuery(
            "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id order by e.id",
            AuditEvent.class)
        .setParameter("type", kind.name())
        .setParameter("id", String.valueOf(subjectId))
        .getResultList();
  }

  /**
   * Whether each event is intact where it stands: its hash recomputes from its content and it names
   * its predecessor's hash (for a trace; the whole chain against its seals is {@link #verify()}).
   */
  @PermitAll
  public Map<Long, Boolean> intact(List<AuditEvent> events) {
    Map<Long, Boolean> out = new java.util.HashMap<>();
    for (AuditEvent event : events) {
      AuditEvent previous = event.id() == 1 ? null : em.find(AuditEvent.class, event.id() - 1);
      String previousHash = previous == null ? AuditChainHead.empty().lastHash() : previous.hash();
      out.put(event.id(), event.follows(event.id() - 1, previousHash));
    }
    return out;
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

  /**
   * Verifies the chain up to the head as it stands when verification starts: events appended by
   * others while it runs are left for the next verification, not taken for a broken end. The events
   * are read in pages by id (never all at once), and held against the seals.
   */
  @RolesAllowed({"AUDITOR", "ADMIN"})
  public ChainVerification verify() {
    return verify(new VerificationProgress());
  }

  /** The same, in the background, counting the events checked so far into {@code progress}. */
  @Asynchronous
  @RolesAllowed({"AUDITOR", "ADMIN"})
  public Future<ChainVerification> verifyInBackground(VerificationProgress progress) {
    return new AsyncResult<>(verify(progress));
  }

  private ChainVerification verify(VerificationProgress progress) {
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    em.detach(head);
    progress.start(head.lastEventId());
    SealCheck seals = sealFile.check();
    ChainVerification verification = new ChainVerification(seals.good());
    seals.problems().forEach(verification::sealProblem);
    long after = 0;
    List<AuditEvent> page;
    do {
      page =
          em.createQuery(
                  "select e from AuditEvent e where e.id > :after and e.id <= :last order by e.id",
                  AuditEvent.class)
              .setParameter("after", after)
              .setParameter("last", head.lastEventId())
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        verification.accept(event);
        after = event.id();
      }
      em.clear();
      progress.checked(verification.events());
    } while (page.size() == PAGE);
    verification.finish(head);
    return verification;
  }
}
