package org.lodestone.award.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.AwardDocument;
import org.lodestone.award.domain.AwardStatus;
import org.lodestone.award.domain.Milestone;
import org.lodestone.award.infrastructure.AwardRepository;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.Notice;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.SubjectKind;

/**
 * A milestone from the recipient's report to its acceptance: the independent engineer certifies the
 * physical work where the terms ask for it, then the program officer accepts it, never while a
 * permit it depends on is incomplete. Each command holds the award's lock.
 */
@Stateless
@PermitAll
public class MilestoneService {

  @PersistenceContext private EntityManager em;
  @Inject private AwardRepository awards;
  @Inject private AwardService awardService;
  @Inject private PermittingService permitting;
  @Inject private AuditTrail audit;
  @Inject private NotificationService notifications;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private Event<MilestoneReported> reported;

  /** A milestone the caller may see; another organization's is unknown to it. */
  public Milestone get(long milestoneId) {
    Milestone milestone = em.find(Milestone.class, milestoneId);
    if (milestone == null || !callers.current().mayActFor(milestone.award().organizationId())) {
      throw new NotFoundException("Milestone", milestoneId);
    }
    return milestone;
  }

  /** The award a milestone the caller may see belongs to. */
  public long awardOf(long milestoneId) {
    return get(milestoneId).award().id();
  }

  /** The permits, by name, that keep a milestone from acceptance and payment. */
  public List<String> blockingPermits(Milestone milestone) {
    return permitting.blocking(milestone.permitIds()).stream().map(MilestoneService::name).toList();
  }

  private static String name(Permit p) {
    return p.name() + " (" + p.status().name().toLowerCase().replace('_', ' ') + ")";
  }

  @RolesAllowed("APPLICANT")
  public Milestone report(long milestoneId, String summary, Collection<Long> documentIds) {
    Milestone visible = get(milestoneId);
    Award award = awards.lockFresh(visible.award().id());
    if (!awardService.isRecipient(award)) {
      throw new ForbiddenException("only the recipient reports its milestones");
    }
    if (award.status() != AwardStatus.ACTIVE) {
      throw new StateConflictException(
          "award " + award.number() + " is " + award.status() + ": milestones are not reported");
    }
    Set<Long> documents = new TreeSet<>(documentIds == null ? List.of() : documentIds);
    Set<Long> known = new TreeSet<>();
    awardService.documents(award.id()).stream().map(AwardDocument::id).forEach(known::add);
    List<Long> unknown = documents.stream().filter(d -> !known.contains(d)).toList();
    if (!unknown.isEmpty()) {
      throw new RuleViolationException(
          "documentIds", "not documents of award " + award.number() + ": " + unknown);
    }
    Milestone milestone = award.milestone(milestoneId);
    milestone.report(summary, documents, callers.current().username(), clock.now());
    audit.record(SubjectKind.MILESTONE, milestoneId, "MilestoneReported", data(milestone));
    Role reviewer =
        milestone.engineerCertification() ? Role.INDEPENDENT_ENGINEER : Role.PROGRAM_OFFICER;
    notifications.tell(
        notifications.holdersOf(reviewer),
        NotificationKind.MILESTONE,
        award.subject(),
        new Notice(
            "Milestone reported: " + award.number(),
            "The recipient of award "
                + award.number()
                + " reports milestone \""
                + milestone.title()
                + "\" complete"
                + (milestone.engineerCertification()
                    ? ": the independent engineer certifies it first."
                    : ".")));
    reported.fire(
        new MilestoneReported(
            milestoneId,
            award.number() + "/M" + milestone.position(),
            award.id(),
            award.organizationId(),
            milestone.engineerCertification()));
    return milestone;
  }

  /** The independent engineer certifies or returns a milestone (CERTIFY_MILESTONE). */
  @RolesAllowed("INDEPENDENT_ENGINEER")
  public void certify(long milestoneId, boolean certify, String reason) {
    Milestone milestone = locked(milestoneId);
    milestone.certify(certify, reason, callers.current().username(), clock.now());
    audit.record(
        SubjectKind.MILESTONE,
        milestoneId,
        certify ? "MilestoneCertified" : "MilestoneReturned",
        data(milestone));
    if (!certify) {
      tellReturned(milestone);
    }
  }

  /** The program officer accepts or returns a milestone (ACCEPT_MILESTONE). */
  @RolesAllowed("PROGRAM_OFFICER")
  public void accept(long milestoneId, boolean accept, String reason) {
    Milestone milestone = locked(milestoneId);
    milestone.accept(
        accept, reason, blockingPermits(milestone), callers.current().username(), clock.now());
    audit.record(
        SubjectKind.MILESTONE,
        milestoneId,
        accept ? "MilestoneAccepted" : "MilestoneReturned",
        data(milestone));
    Award award = milestone.award();
    if (accept) {
      notifications.tell(
          notifications.membersOf(award.organizationId()),
          NotificationKind.MILESTONE,
          award.subject(),
          new Notice(
              "Milestone accepted: " + award.number(),
              "Milestone \""
                  + milestone.title()
                  + "\" of award "
                  + award.number()
                  + " is accepted: its payment of "
                  + milestone.amount().formatted()
                  + " can be requested."));
    } else {
      tellReturned(milestone);
    }
  }

  private Milestone locked(long milestoneId) {
    Milestone visible = get(milestoneId);
    return awards.lockFresh(visible.award().id()).milestone(milestoneId);
  }

  private void tellReturned(Milestone milestone) {
    Award award = milestone.award();
    notifications.tell(
        notifications.membersOf(award.organizationId()),
        NotificationKind.MILESTONE,
        award.subject(),
        new Notice(
            "Milestone returned: " + award.number(),
            "Milestone \""
                + milestone.title()
                + "\" of award "
                + award.number()
                + " is returned: "
                + milestone.returnReason()));
  }

  private static Map<String, Object> data(Milestone m) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("award", m.award().number());
    data.put("title", m.title());
    data.put("status", m.status());
    data.put("summary", m.completionSummary());
    data.put("documents", List.copyOf(m.evidenceIds()));
    data.put("returnReason", m.returnReason());
    return data;
  }
}
