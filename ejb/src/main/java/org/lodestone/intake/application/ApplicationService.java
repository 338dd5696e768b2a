package org.lodestone.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.intake.domain.AttachmentKind;
import org.lodestone.intake.infrastructure.ApplicationRepository;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.OrganizationProfile;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.shared.Changes;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.Numbers;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;

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
  @Inject @Any private Instance<ApplicationAccess> accesses;
  @Inject private ProgramClock clock;
  @Inject private OrganizationService organizations;
  @Inject private OpportunityService opportunities;
  @Inject private ApplicationRepository applications;
  @Inject private Event<ApplicationSelected> selectedEvent;

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
            clock.now(),
            details,
            ownershipCertified,
            mineralCodes());
    applications.add(application);
    audit.record(
        SubjectKind.APPLICATION,
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
    ApplicationDetails before = application.details();
    boolean certifiedBefore = application.ownershipCertified();
    application.revise(details, ownershipCertified, mineralCodes());
    Map<String, Object> data = snapshot(application, Map.of());
    List<Map<String, Object>> changes = Changes.between(before, application.details());
    if (certifiedBefore != application.ownershipCertified()) {
      changes.add(
          Map.of(
              "field", "ownershipCertified",
              "before", String.valueOf(certifiedBefore),
              "after", String.valueOf(application.ownershipCertified())));
    }
    data.put("changes", changes);
    audit.record(SubjectKind.APPLICATION, id, "ApplicationRevised", data);
    return application;
  }

  @RolesAllowed("APPLICANT")
  public Application submit(long id) {
    Application application = get(id);
    ApplicationStatus before = application.status();
    FundingOpportunity opportunity = opportunities.require(application.opportunityId());
    Set<AttachmentKind> attached = EnumSet.noneOf(AttachmentKind.class);
    attachments(id).forEach(a -> attached.add(a.kind()));
    boolean resubmission = application.submit(opportunity, clock.today(), clock.now(), attached);
    audit.record(
        SubjectKind.APPLICATION,
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
        new Attachment(id, kind, fileName, content, callers.current().username(), clock.now());
    applications.attach(attachment, content);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("attachment", attachment.id());
    data.put("kind", kind);
    data.put("fileName", attachment.fileName());
    data.put("sizeBytes", attachment.sizeBytes());
    data.put("sha256", attachment.sha256());
    audit.record(SubjectKind.APPLICATION, id, "DocumentAttached", data);
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
    if (application.submittedAt() != null
        && !attachment.uploadedAt().isAfter(application.submittedAt())) {
      throw new StateConflictException(
          "document "
              + attachmentId
              + " was part of a submission and is kept: attach a corrected document instead");
    }
    applications.detach(attachment);
    audit.record(
        SubjectKind.APPLICATION,
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

  /** The documents of an application the caller may read in full, oldest first. */
  @PermitAll
  public List<Attachment> attachments(long id) {
    requireFull(id);
    return applications.attachments(id);
  }

  @PermitAll
  public Attachment attachment(long id, long attachmentId) {
    requireFull(id);
    return applications
        .attachment(id, attachmentId)
        .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
  }

  /** The bytes of a document, for those who may see the application. */
  @PermitAll
  public byte[] content(long id, long attachmentId) {
    Attachment attachment = attachment(id, attachmentId);
    audit.record(
        SubjectKind.APPLICATION,
        id,
        "DocumentDownloaded",
        Map.of("attachment", attachmentId, "sha256", attachment.sha256()));
    return applications.content(attachment);
  }

  /** One application, if the caller may see it. */
  @PermitAll
  public Application get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Application", id));
  }

  @PermitAll
  public Optional<Application> find(long id) {
    Caller caller = callers.current();
    return applications.find(id).filter(a -> access(caller, a) != ApplicationAccess.Level.NONE);
  }

  /**
   * What a reviewer needs to declare a conflict of interest, and nothing more: the applicant
   * organization with its owners, the title and the summary.
   */
  public record Declaration(
      long id, String number, String title, String summary, OrganizationProfile organization) {}

  @PermitAll
  public Declaration declaration(long id) {
    Application application = get(id);
    OrganizationProfile organization =
        organizations.require(application.organizationId()).profile();
    return new Declaration(
        id,
        application.number(),
        application.details().title(),
        application.details().summary(),
        organization);
  }

  /** How much of an application the caller may read (NONE when it may not know it exists). */
  @PermitAll
  public ApplicationAccess.Level access(long id) {
    return access(callers.current(), get(id));
  }

  private ApplicationAccess.Level access(Caller caller, Application application) {
    if (caller.mayActFor(application.organizationId())) {
      return ApplicationAccess.Level.FULL;
    }
    ApplicationAccess.Level level = ApplicationAccess.Level.NONE;
    for (ApplicationAccess access : accesses) {
      ApplicationAccess.Level granted = access.levelFor(caller, application.id());
      level = granted.atLeast(level) ? granted : level;
    }
    return level;
  }

  private void requireFull(long id) {
    if (access(id) != ApplicationAccess.Level.FULL) {
      throw new ForbiddenException(
          "declare your conflicts of interest before reading the application in full");
    }
  }

  /**
   * An application whatever the caller, for the commands of later contexts (review, award) that
   * their processes authorise; never for what a person reads.
   */
  @PermitAll
  public Application require(long id) {
    return applications.get(id);
  }

  /** As {@link #require(long)} for several, for read models of staff. */
  @PermitAll
  public List<Application> requireAll(Collection<Long> ids) {
    return applications.all(ids);
  }

  /** Records the selecting official's decision on the application, as review decided it. */
  @PermitAll
  public Application recordSelection(long id, boolean selected, String justification) {
    Application application = require(id);
    ApplicationStatus before = application.status();
    application.recordSelection(selected, justification);
    audit.record(
        SubjectKind.APPLICATION,
        id,
        selected ? "ApplicationSelected" : "ApplicationDeclined",
        Map.of("before", before, "after", application.status()));
    if (selected) {
      selectedEvent.fire(new ApplicationSelected(id, application.number()));
    }
    return application;
  }

  /** The recipient accepted the award (AWARDED) or declined it (WITHDRAWN). */
  @PermitAll
  public Application recordAward(long id, boolean accepted, String reason) {
    Application application = require(id);
    ApplicationStatus before = application.status();
    application.recordAward(accepted, reason);
    audit.record(
        SubjectKind.APPLICATION,
        id,
        accepted ? "ApplicationAwarded" : "AwardDeclined",
        Map.of("before", before, "after", application.status()));
    return application;
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
    requireFull(id);
    return audit.eventsAbout(SubjectKind.APPLICATION, id);
  }

  private <T> TypedQuery<T> query(
      Class<T> type, String select, ApplicationStatus status, String order) {
    Caller caller = callers.current();
    StringBuilder jpql = new StringBuilder(select).append(" from Application a where 1 = 1");
    if (status != null) {
      jpql.append(" and a.status = :status");
    }
    List<Long> readable = new ArrayList<>();
    if (!caller.seesAllOrganizations()) {
      accesses.forEach(a -> readable.addAll(a.readableBy(caller)));
      readable.add(-1L);
      jpql.append(" and (a.organizationId = :organization or a.id in :readable)");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (!caller.seesAllOrganizations()) {
      query.setParameter("organization", caller.organizationId().orElse(-1L));
      query.setParameter("readable", readable);
    }
    return query;
  }

  private Set<String> mineralCodes() {
    return opportunities.mineralCodes();
  }

  private FundingOpportunity publishedOpportunity(Long opportunityId) {
    if (opportunityId == null) {
      throw new RuleViolationException("opportunityId", "is required");
    }
    FundingOpportunity opportunity = opportunities.findPublished(opportunityId).orElse(null);
    if (opportunity == null) {
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
