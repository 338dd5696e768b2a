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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.intake.domain.AttachmentContent;
import org.lodestone.intake.domain.AttachmentKind;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.OpportunityStatus;
import org.lodestone.review.domain.ReviewStatus;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Numbers;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/**
 * What applicants do with their applications, and what everyone may read of them. Every read is
 * scoped to the caller: an application of another organization answers as an unknown id.
 */
@Stateless
public class ApplicationService {

  private static final String TAKING_PART_AS_ME = "r.reviewer = :me and r.status in :taking";
  private static final String ASSIGNED_TO_ME =
      "select r.applicationId from Review r where " + TAKING_PART_AS_ME;
  private static final List<ReviewStatus> TAKING_PART =
      List.of(ReviewStatus.ASSIGNED, ReviewStatus.SCORING, ReviewStatus.SUBMITTED);

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;
  @Inject private Numbers numbers;
  @Inject private Event<ApplicationSubmitted> submitted;

  @RolesAllowed("APPLICANT")
  public Application create(
      Long opportunityId, ApplicationDetails details, boolean ownershipCertified) {
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
            details,
            ownershipCertified,
            mineralCodes());
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
  public Application revise(
      long id, long version, ApplicationDetails details, boolean ownershipCertified) {
    Application application = get(id);
    application.requireVersion(version);
    application.revise(details, ownershipCertified, mineralCodes());
    audit.record(Subjects.APPLICATION, id, "ApplicationRevised", snapshot(application, Map.of()));
    return application;
  }

  @RolesAllowed("APPLICANT")
  public Application submit(long id) {
    Application application = get(id);
    ApplicationStatus before = application.status();
    FundingOpportunity opportunity = em.find(FundingOpportunity.class, application.opportunityId());
    Set<AttachmentKind> attached = EnumSet.noneOf(AttachmentKind.class);
    attachments(id).forEach(a -> attached.add(a.kind()));
    boolean resubmission =
        application.submit(
            opportunity, LocalDate.now(), Instant.now().truncatedTo(ChronoUnit.MICROS), attached);
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

  /** Attaches a PDF while the application is the applicant's to edit. */
  @RolesAllowed("APPLICANT")
  public Attachment attach(long id, AttachmentKind kind, String fileName, byte[] content) {
    Application application = get(id);
    if (!application.status().editableByApplicant()) {
      throw new StateConflictException(
          "application "
              + application.number()
              + " is "
              + application.status()
              + ": documents can no longer be added");
    }
    Attachment attachment =
        new Attachment(
            id,
            kind,
            fileName,
            content,
            callers.current().username(),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.id(), content));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("attachment", attachment.id());
    data.put("kind", kind);
    data.put("fileName", attachment.fileName());
    data.put("sizeBytes", attachment.sizeBytes());
    data.put("sha256", attachment.sha256());
    audit.record(Subjects.APPLICATION, id, "DocumentAttached", data);
    return attachment;
  }

  /** Removes a document while the application is the applicant's to edit. */
  @RolesAllowed("APPLICANT")
  public void detach(long id, long attachmentId) {
    Application application = get(id);
    Attachment attachment = attachment(id, attachmentId);
    if (!application.status().editableByApplicant()) {
      throw new StateConflictException(
          "application "
              + application.number()
              + " is "
              + application.status()
              + ": documents can no longer be removed");
    }
    em.remove(em.find(AttachmentContent.class, attachmentId));
    em.remove(attachment);
    audit.record(
        Subjects.APPLICATION,
        id,
        "DocumentRemoved",
        Map.of(
            "attachment",
            attachmentId,
            "fileName",
            attachment.fileName(),
            "sha256",
            attachment.sha256()));
  }

  /** The documents of an application the caller may see, oldest first. */
  @PermitAll
  public List<Attachment> attachments(long id) {
    get(id);
    return em.createQuery(
            "select a from Attachment a where a.applicationId = :id order by a.id",
            Attachment.class)
        .setParameter("id", id)
        .getResultList();
  }

  @PermitAll
  public Attachment attachment(long id, long attachmentId) {
    get(id);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || attachment.applicationId() != id) {
      throw new NotFoundException("Attachment", attachmentId);
    }
    return attachment;
  }

  /** The bytes of a document, for those who may see the application. */
  @PermitAll
  public byte[] content(long id, long attachmentId) {
    attachment(id, attachmentId);
    return em.find(AttachmentContent.class, attachmentId).content();
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
        .filter(a -> caller.mayActFor(a.organizationId()) || assignedReviewer(caller, id));
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
    if (caller.has(Role.REVIEWER) && !caller.seesAllOrganizations()) {
      jpql.append(" and a.id in (").append(ASSIGNED_TO_ME).append(")");
    } else if (!caller.seesAllOrganizations()) {
      jpql.append(" and a.organizationId = :organization");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (caller.has(Role.REVIEWER) && !caller.seesAllOrganizations()) {
      query.setParameter("me", caller.username()).setParameter("taking", TAKING_PART);
    } else if (!caller.seesAllOrganizations()) {
      query.setParameter("organization", caller.organizationId().orElse(-1L));
    }
    return query;
  }

  /** Reviewers see the applications they are assigned to and still take part in reviewing. */
  private boolean assignedReviewer(Caller caller, long applicationId) {
    return caller.has(Role.REVIEWER)
        && em.createQuery(
                    "select count(r) from Review r where r.applicationId = :id and "
                        + TAKING_PART_AS_ME,
                    Long.class)
                .setParameter("id", applicationId)
                .setParameter("me", caller.username())
                .setParameter("taking", TAKING_PART)
                .getSingleResult()
            > 0;
  }

  private Set<String> mineralCodes() {
    return new HashSet<>(
        em.createQuery("select m.code from Mineral m where m.active = true", String.class)
            .getResultList());
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
