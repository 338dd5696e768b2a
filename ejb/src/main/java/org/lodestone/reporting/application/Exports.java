package org.lodestone.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.lodestone.award.domain.Award;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.ledger.domain.LedgerEntry;
import org.lodestone.organization.domain.Organization;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.Money;

/**
 * The rows of the exports, a page at a time by id (each page its own transaction), so an export of
 * any size streams in bounded memory. Staff and auditors get every award; an applicant only its own
 * organization's; anyone else nothing.
 */
@Stateless
@PermitAll
public class Exports {

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;

  /** The organization the caller is limited to: empty for staff and auditors. */
  private Optional<Long> scope() {
    Caller caller = callers.current();
    if (caller.seesAllOrganizations()) {
      return Optional.empty();
    }
    return Optional.of(
        caller
            .organizationId()
            .orElseThrow(
                () ->
                    new ForbiddenException(
                        "exports are for agency staff, auditors and recipients")));
  }

  /** Checks up front that the caller may export at all (before a response starts streaming). */
  public void requireAccess() {
    scope();
  }

  /** The next awards after {@code afterId} that hold an obligation, by id. */
  public List<ExportedAward> awards(long afterId, int limit) {
    Optional<Long> organization = scope();
    var query =
        em.createQuery(
                "select a from Award a where a.id > :after and a.status in :obligated"
                    + (organization.isPresent() ? " and a.organizationId = :org" : "")
                    + " order by a.id",
                Award.class)
            .setParameter("after", afterId)
            .setParameter(
                "obligated",
                java.util.Arrays.stream(org.lodestone.award.domain.AwardStatus.values())
                    .filter(org.lodestone.award.domain.AwardStatus::obligated)
                    .toList())
            .setMaxResults(limit);
    organization.ifPresent(id -> query.setParameter("org", id));
    List<ExportedAward> page = query.getResultList().stream().map(this::exported).toList();
    em.clear();
    return page;
  }

  private ExportedAward exported(Award a) {
    Application application = em.find(Application.class, a.applicationId());
    ApplicationDetails project = application.details();
    Organization o = em.find(Organization.class, a.organizationId());
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, a.opportunityId());
    List<ExportedAward.Entry> ledger =
        em.createQuery(
                "select e from LedgerEntry e where e.awardId = :a order by e.id", LedgerEntry.class)
            .setParameter("a", a.id())
            .getResultStream()
            .map(
                e ->
                    new ExportedAward.Entry(
                        e.id(), e.at(), e.type().name(), e.amount(), e.reference()))
            .toList();
    Money obligated = Money.ZERO;
    Money disbursed = Money.ZERO;
    for (ExportedAward.Entry e : ledger) {
      switch (e.type()) {
        case "OBLIGATION" -> obligated = obligated.plus(e.amount());
        case "DEOBLIGATION" -> obligated = obligated.minus(e.amount());
        case "DISBURSEMENT" -> disbursed = disbursed.plus(e.amount());
        default -> disbursed = disbursed.minus(e.amount());
      }
    }
    Money nonFederal =
        org.lodestone.reporting.domain.FinancialReport.requiredRecipientShare(
            a.obligatedAmount(), a.costSharePercent());
    return new ExportedAward(
        a.id(),
        a.number(),
        project.title(),
        project.summary(),
        a.status().name(),
        a.instrument().name(),
        opportunity.number(),
        opportunity.title(),
        new ExportedAward.Recipient(
            o.id(),
            o.legalName(),
            o.uei(),
            o.street(),
            o.city(),
            o.state(),
            o.postalCode(),
            o.country()),
        obligated,
        disbursed,
        a.costSharePercent(),
        nonFederal,
        a.start(),
        a.end(),
        a.acceptedAt() != null ? a.acceptedAt() : a.signedAt(),
        project.site() == null ? null : project.site().state(),
        project.site() == null ? null : project.site().county(),
        project.minerals().stream().sorted().toList(),
        a.milestones().stream()
            .map(
                m ->
                    new ExportedAward.Milestone(
                        m.id(), m.title(), m.dueDate(), m.amount(), m.status().name()))
            .toList(),
        ledger);
  }

  /** A ledger entry with its award's number, for transactions.csv. */
  public record Transaction(LedgerEntry entry, String awardNumber, String recipient) {}

  /** The next ledger entries after {@code afterId}, by id, with their award. */
  public List<Transaction> transactions(long afterId, int limit) {
    Optional<Long> organization = scope();
    var query =
        em.createQuery(
                "select e, a.number, o.legalName from LedgerEntry e, Award a, Organization o"
                    + " where a.id = e.awardId and o.id = a.organizationId and e.id > :after"
                    + (organization.isPresent() ? " and a.organizationId = :org" : "")
                    + " order by e.id",
                Object[].class)
            .setParameter("after", afterId)
            .setMaxResults(limit);
    organization.ifPresent(id -> query.setParameter("org", id));
    List<Transaction> page =
        query
            .getResultStream()
            .map(r -> new Transaction((LedgerEntry) r[0], (String) r[1], (String) r[2]))
            .toList();
    em.clear();
    return page;
  }
}
