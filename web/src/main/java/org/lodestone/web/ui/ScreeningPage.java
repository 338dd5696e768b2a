package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.shared.NotFoundException;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/** A program officer screens a submitted application: accept, return or reject, with a reason. */
@Named
@ViewScoped
public class ScreeningPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient WorkInbox inbox;
  @Inject private transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;

  private String task;
  private transient WorkItem item;
  private transient Application application;
  private transient FundingOpportunity opportunity;
  private String decision;
  private String reason;

  public void load() {
    try {
      item = task == null ? null : inbox.get(task);
    } catch (NotFoundException e) {
      item = null;
    }
    if (item != null) {
      application = applications.get(item.subjectId());
      opportunity = opportunities.get(application.opportunityId());
    }
  }

  public String complete() {
    try {
      Map<String, Object> body = new HashMap<>();
      body.put("decision", decision);
      body.put("reason", reason);
      inbox.complete(task, body);
      Messages.info(
          "Application "
              + application.number()
              + switch (decision) {
                case "ACCEPT" -> " accepted for merit review.";
                case "RETURN" -> " returned to the applicant for correction.";
                default -> " rejected as ineligible.";
              });
      return "/app/tasks.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      if (Messages.show(e, "form")) {
        return null;
      }
      throw e;
    }
  }

  public WorkItem getItem() {
    return item;
  }

  public Application getApplication() {
    return application;
  }

  public FundingOpportunity getOpportunity() {
    return opportunity;
  }

  public String getTask() {
    return task;
  }

  public void setTask(String task) {
    this.task = task;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
