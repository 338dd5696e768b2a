package org.lodestone.web.ui;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Supplier;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.workflow.inbox.TaskCommand;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.inbox.WorkItem;

/**
 * A page that does one open task of the caller's about an application: it loads the task, the
 * application and its opportunity (nothing when the task is not the caller's or is done), and
 * completes the task, showing a refusal next to its field in the form {@code form}.
 */
abstract class ApplicationTaskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected transient WorkInbox inbox;
  @Inject protected transient ApplicationService applications;
  @Inject private transient OpportunityService opportunities;

  private String task;
  protected transient WorkItem item;
  protected transient Application application;
  protected transient FundingOpportunity opportunity;

  public void load() {
    item = inbox.find(task).orElse(null);
    if (item != null) {
      application = applications.get(item.subject().id());
      opportunity = opportunities.get(application.opportunityId());
      loaded();
    }
  }

  /** Loads what the page needs beyond the task, the application and the opportunity. */
  protected void loaded() {}

  /** Completes the task with its command; false when it was refused (shown on the page). */
  protected boolean complete(Supplier<TaskCommand> command) {
    return Messages.attempt(() -> inbox.complete(task, command.get()), "form");
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
}
