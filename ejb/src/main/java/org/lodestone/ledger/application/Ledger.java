package org.lodestone.ledger.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
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
    if (type == LedgerEntryType.DISBURSEMENT || type == LedgerEntryType.RECOVERY) {
      addToMonth(entry);
    }
    return entry;
  }

  /**
   * Adds a disbursement (a recovery subtracts) to its opportunity's month, the row the dashboard's
   * drawdown reads; the first entry of a month inserts the row. Called after the entry's audit
   * event, so the transaction already holds the audit chain's head until it ends: no other
   * transaction can be between its own update and insert of the month, and the month rows are
   * always locked after the head, never before (no deadlock).
   */
  private void addToMonth(LedgerEntry entry) {
    YearMonth month = YearMonth.from(entry.at().atZone(clock.zone()));
    int key = month.getYear() * 100 + month.getMonthValue();
    BigDecimal amount =
        entry.type() == LedgerEntryType.RECOVERY
            ? entry.amount().amount().negate()
            : entry.amount().amount();
    int updated =
        em.createNativeQuery(
                "update ledger_month set disbursed = disbursed + ?1"
                    + " where opportunity_id = ?2 and month_key = ?3")
            .setParameter(1, amount)
            .setParameter(2, entry.opportunityId())
            .setParameter(3, key)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into ledger_month (opportunity_id, month_key, disbursed) values (?1, ?2, ?3)")
          .setParameter(1, entry.opportunityId())
          .setParameter(2, key)
          .setParameter(3, amount)
          .executeUpdate();
    }
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
