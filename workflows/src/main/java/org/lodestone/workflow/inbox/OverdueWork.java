package org.lodestone.workflow.inbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.lodestone.identity.Caller;
import org.lodestone.identity.Role;
import org.lodestone.notification.application.NotificationService;
import org.lodestone.notification.domain.NotificationKind;
import org.lodestone.shared.ClusterLock;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;

/**
 * Escalates overdue work: every {@link ProgramSettings#getOverdueInterval()} (10 minutes by
 * default) the open tasks past their due date are reported, once each, to the people who may do
 * them and to the program officers. Merit reviews are left out: their own timers remind and
 * escalate them.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class OverdueWork {

  /** Task-local variable: when the task was reported overdue. */
  static final String ESCALATED_AT = "escalatedAt";

  static final String LOCK = "overdue-work";

  private static final Logger LOG = Logger.getLogger(OverdueWork.class.getName());

  @Resource private TimerService timers;
  @Inject private TaskService tasks;
  @Inject private WorkInbox inbox;
  @Inject private NotificationService notifications;
  @Inject private TaskTypes types;
  @Inject private ProgramSettings settings;
  @Inject private ProgramClock clock;
  @Inject private ClusterLock lock;

  @PostConstruct
  void schedule() {
    long every = settings.getOverdueInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("overdue work", false));
  }

  /**
   * Every node sweeps; one at a time (the cluster lock), so that a task reported by one node is
   * found reported by the next.
   */
  @Timeout
  void sweep() {
    lock.hold(LOCK);
    int escalated = escalate(Instant.now());
    if (escalated > 0) {
      LOG.info(escalated + " overdue task(s) escalated");
    }
  }

  /** Reports the tasks overdue at {@code now} that were not reported before; returns how many. */
  int escalate(Instant now) {
    int count = 0;
    for (Task task : tasks.createTaskQuery().dueBefore(Date.from(now)).list()) {
      TaskType type = types.ofStep(task.getTaskDefinitionKey()).orElse(null);
      if (type == null
          || type.escalatesByItself()
          || tasks.getVariableLocal(task.getId(), ESCALATED_AT) != null) {
        continue;
      }
      tasks.setVariableLocal(task.getId(), ESCALATED_AT, Date.from(now));
      WorkItem item = inbox.describe(task);
      notifications.tell(
          recipients(task),
          NotificationKind.ESCALATION,
          item.subject(),
          OverdueNotice.of(item, clock.dateOf(item.due())));
      count++;
    }
    return count;
  }

  /** Whoever may do the task, and the program officers who oversee the program's work. */
  private Set<String> recipients(Task task) {
    Set<String> recipients = new TreeSet<>(notifications.holdersOf(Role.PROGRAM_OFFICER));
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
    }
    tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .forEach(
            group ->
                recipients.addAll(
                    Caller.organizationOfGroup(group)
                        .map(notifications::membersOf)
                        .orElseGet(() -> notifications.holdersOf(Role.valueOf(group)))));
    return recipients;
  }
}
