package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.intake.application.ApplicationAccess;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.review.application.ReviewService;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/** One application: its facts, status, history, and what the caller can do next. */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;
  @Inject private transient WorkInbox inbox;
  @Inject private transient ReviewService reviews;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient org.lodestone.award.application.AwardService awards;

  private Long id;
  private transient Application application;
  private transient FundingOpportunity opportunity;
  private transient List<AuditEvent> history;
  private transient List<WorkItem> openTasks;
  private transient List<Attachment> attachments;
  private transient ReviewSummary review;
  private transient org.lodestone.award.domain.Award award;

  /** Loads on view; an id the caller may not see shows the not-found message. */
  public void load() {
    application = id == null ? null : applications.find(id).orElse(null);
    if (application != null && applications.access(id) != ApplicationAccess.Level.FULL) {
      Messages.info(
          "Declare your conflicts of interest from the inbox before reading this application.");
      application = null;
    }
    if (application != null) {
      opportunity = opportunities.get(application.opportunityId());
      history = applications.history(id);
      attachments = applications.attachments(id);
      openTasks = inbox.openWorkOn(application.subject());
      review = ReviewSummary.of(reviews, id, currentUser.caller(), opportunity.criteria());
      award = awards.ofApplication(id).orElse(null);
    }
  }

  public String submit() {
    try {
      applications.submit(id);
      Messages.info(
          "Application " + application.number() + " submitted. A program officer will screen it.");
      return "/app/application.xhtml?faces-redirect=true&id=" + id;
    } catch (RuntimeException e) {
      if (Messages.show(e, "actions")) {
        return null;
      }
      throw e;
    }
  }

  /** The award the application became, once selected. */
  public org.lodestone.award.domain.Award getAward() {
    return award;
  }

  public Application getApplication() {
    return application;
  }

  public FundingOpportunity getOpportunity() {
    return opportunity;
  }

  public List<AuditEvent> getHistory() {
    return history;
  }

  public List<Attachment> getAttachments() {
    return attachments;
  }

  public ReviewSummary getReview() {
    return review;
  }

  /** The caller's open work on this application. */
  public List<WorkItem> getOpenTasks() {
    return openTasks;
  }

  public String eventLabel(String eventName) {
    String words = eventName.replaceAll("([A-Z])", " $1").strip().toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
