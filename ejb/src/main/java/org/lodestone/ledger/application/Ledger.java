package org.lodestone.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.ledger.domain.LedgerEntryType;
import org.lodestone.shared.Money;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.SubjectKind;

/**
 * Appends entries to the ledger and reads it. Callers hold the award's lock, so an award's entries
 * follow one another; each entry is also an audit event about the award.
 */
@Stateless
@PermitAll
public class Ledger {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;

  public LedgerEntry append(
      LedgerEntryType type,
      Money amount,
      long awardId,
      long opportunityId,
      Long paymentRequestId,
      String reference) {
    LedgerEntry previous = last(awardId);
    LedgerEntry entry =
        LedgerEntry.after(
            previous,
            type,
            amount,
            awardId,
            opportunityId,
            paymentRequestId,
            reference,
            callers.current().username(),
            clock.now());
    em.persist(entry);
    em.flush();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("entry", entry.id());
    data.put("type", type);
    data.put("amount", amount);
    data.put("reference", reference);
    data.put("obligatedAfter", entry.obligatedAfter());
    data.put("disbursedAfter", entry.disbursedAfter());
    audit.record(SubjectKind.AWARD, awardId, "LedgerEntryAppended", data);
    return entry;
  }

  /** An award's entries, oldest first. */
  @RolesAllowed({
    "APPLICANT",
    "PROGRAM_OFFICER",
    "SELECTING_OFFICIAL",
    "FINANCE_OFFICER",
    "PERMITTING_SPECIALIST",
    "INDEPENDENT_ENGINEER",
    "AUDITOR",
    "ADMIN"
  })
  public List<LedgerEntry> of(long awardId) {
    return em.createQuery(
            "select e from LedgerEntry e where e.awardId = :a order by e.id", LedgerEntry.class)
        .setParameter("a", awardId)
        .getResultList();
  }

  /** Every entry, newest first: for staff and auditors. */
  @RolesAllowed({"PROGRAM_OFFICER", "SELECTING_OFFICIAL", "FINANCE_OFFICER", "AUDITOR", "ADMIN"})
  public List<LedgerEntry> all(int page, int size) {
    return em.createQuery("select e from LedgerEntry e order by e.id desc", LedgerEntry.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed({"PROGRAM_OFFICER", "SELECTING_OFFICIAL", "FINANCE_OFFICER", "AUDITOR", "ADMIN"})
  public long count() {
    return em.createQuery("select count(e) from LedgerEntry e", Long.class).getSingleResult();
  }

  /** The award's balances: its latest entry, if it has any. */
  public java.util.Optional<LedgerEntry> latest(long awardId) {
    return java.util.Optional.ofNullable(last(awardId));
  }

  private LedgerEntry last(long awardId) {
    return em.createQuery(
            "select e from LedgerEntry e where e.awardId = :a order by e.id desc",
            LedgerEntry.class)
        .setParameter("a", awardId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
