package org.lodestone.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Numbers;
import org.lodestone.shared.RuleViolationException;

/**
 * What applicants do with their applications, and what everyone may read of them. Every read is
 * scoped to the caller: an application of another organization answers as an unknown id.
 */
@Stateless
public class ApplicationService {

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;
  @Inject private Numbers numbers;
  @Inject private Event<ApplicationSubmitted> submitted;

  @RolesAllowed("APPLICANT")
  public Application create(Long opportunityId, ApplicationDetails details) {
    Caller caller = callers.current();
    long organizationId =
        caller
            .organizationId()
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        "organization", "the caller belongs to no organization"));
    FundingOpportunity opportunity = publishedOpportunity(opportunityId);
    Application application =
        new Application(
            numbers.next("APP"),
            organizationId,
            opportunity.id(),
            caller.username(),
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            details);
    em.persist(application);
    em.flush();
    audit.record(
        Subjects.APPLICATION,
        application.id(),
        "ApplicationDrafted",
        snapshot(application, Map.of("opportunity", opportunity.number())));
    return application;
  }

  @RolesAllowed("APPLICANT")
  public Application revise(long id, long version, ApplicationDetails details) {
    Application application = get(id);
    application.requireVersion(version);
    application.revise(details);
    audit.record(Subjects.APPLICATION, id, "ApplicationRevised", snapshot(application, Map.of()));
    return application;
  }

  @RolesAllowed("APPLICANT")
  public Application submit(long id) {
    Application application = get(id);
    ApplicationStatus before = application.status();
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, application.opportunityId());
    boolean resubmission =
        application.submit(
            opportunity, LocalDate.now(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    audit.record(
        Subjects.APPLICATION,
        id,
        resubmission ? "ApplicationResubmitted" : "ApplicationSubmitted",
        Map.of("before", before, "after", application.status()));
    submitted.fire(
        new ApplicationSubmitted(
            id, application.number(), application.organizationId(), resubmission));
    return application;
  }

  /** One application, if the caller may see it. */
  @PermitAll
  public Application get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Application", id));
  }

  @PermitAll
  public Optional<Application> find(long id) {
    Caller caller = callers.current();
    return Optional.ofNullable(em.find(Application.class, id))
        .filter(a -> caller.mayActFor(a.organizationId()));
  }

  /** The applications the caller may see, newest first, optionally of one status. */
  @PermitAll
  public List<Application> list(ApplicationStatus status, int page, int size) {
    return query(Application.class, "select a", status, " order by a.id desc")
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @PermitAll
  public long count(ApplicationStatus status) {
    return query(Long.class, "select count(a)", status, "").getSingleResult();
  }

  /** The application's history from the audit trail, oldest first. */
  @PermitAll
  public List<AuditEvent> history(long id) {
    get(id);
    return audit.eventsAbout(Subjects.APPLICATION, id);
  }

  private <T> TypedQuery<T> query(
      Class<T> type, String select, ApplicationStatus status, String order) {
    Caller caller = callers.current();
    StringBuilder jpql = new StringBuilder(select).append(" from Application a where 1 = 1");
    if (status != null) {
      jpql.append(" and a.status = :status");
    }
    if (!caller.seesAllOrganizations()) {
      jpql.append(" and a.organizationId = :organization");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (!caller.seesAllOrganizations()) {
      // no organization (a reviewer today): nothing
      query.setParameter("organization", caller.organizationId().orElse(-1L));
    }
    return query;
  }

  private FundingOpportunity publishedOpportunity(Long opportunityId) {
    if (opportunityId == null) {
      throw new RuleViolationException("opportunityId", "is required");
    }
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, opportunityId);
    if (opportunity == null || opportunity.status() == OpportunityStatus.DRAFT) {
      throw new RuleViolationException(
          "opportunityId", "no published funding opportunity has id " + opportunityId);
    }
    return opportunity;
  }

  static Map<String, Object> snapshot(Application application, Map<String, Object> extra) {
    Map<String, Object> data = new LinkedHashMap<>(extra);
    ApplicationDetails details = application.details();
    data.put("status", application.status());
    data.put("title", details.title());
    data.put("federalAmountRequested", details.federalAmountRequested());
    return data;
  }
}
