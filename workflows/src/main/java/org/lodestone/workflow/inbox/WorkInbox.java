package org.lodestone.workflow.inbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.shared.DomainException;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Subject;

/**
 * The caller's open work, and completing it. A task is the caller's when one of its candidate
 * groups is one of the caller's groups (roles, and an applicant's organization) or it is assigned
 * to the caller; anyone else is told it does not exist.
 */
@Stateless
@PermitAll
public class WorkInbox {

  @Inject private TaskService tasks;
  @Inject private HistoryService history;
  @Inject private CallerService callers;
  @Inject private TaskTypes types;

  public List<WorkItem> openWork() {
    Caller caller = callers.current();
    if (caller.groups().isEmpty()) {
      return List.of();
    }
    return tasks
        .createTaskQuery()
        .or()
        .taskCandidateGroupIn(List.copyOf(caller.groups()))
        .taskAssignee(caller.username())
        .endOr()
        .orderByDueDate()
        .asc()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .stream()
        .filter(t -> types.ofStep(t.getTaskDefinitionKey()).isPresent())
        .map(this::describe)
        .collect(Collectors.toList());
  }

  /** One open task of the caller's. */
  public WorkItem get(String taskId) {
    return describe(openTaskOfCaller(taskId, callers.current()));
  }

  /** One open task of the caller's, or nothing when it is unknown, someone else's or done. */
  public Optional<WorkItem> find(String taskId) {
    if (taskId == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(get(taskId));
    } catch (NotFoundException | StateConflictException e) {
      return Optional.empty();
    }
  }

  /** The caller's open tasks about a subject. */
  public List<WorkItem> openWorkOn(Subject subject) {
    return openWork().stream().filter(w -> subject.equals(w.subject())).toList();
  }

  /** Completes one of the caller's tasks with a body as the API receives it. */
  public void complete(String taskId, Map<String, ?> body) {
    Task task = openTaskOfCaller(taskId, callers.current());
    complete(task, typeOf(task).read(body));
  }

  /** Completes one of the caller's tasks with its command (pages build it directly). */
  public void complete(String taskId, TaskCommand command) {
    Task task = openTaskOfCaller(taskId, callers.current());
    if (!typeOf(task).command().isInstance(command)) {
      throw new StateConflictException(
          "task "
              + taskId
              + " is "
              + typeOf(task).name()
              + " work, not "
              + command.getClass().getSimpleName());
    }
    TaskCommands.check(command);
    complete(task, command);
  }

  private TaskType typeOf(Task task) {
    return types.ofStep(task.getTaskDefinitionKey()).orElseThrow();
  }

  private void complete(Task task, TaskCommand command) {
    String taskId = task.getId();
    Map<String, Object> variables = TaskCommands.variables(command);
    try {
      tasks.complete(taskId, variables);
    } catch (OptimisticLockingException | NullValueException e) {
      // the task was open when read: gone now (the engine cannot find it) or changed under us
      // means another request completed it in between
      throw new StateConflictException("task " + taskId + " was completed by someone else");
    } catch (RuntimeException e) {
      throw domainCause(e);
    }
  }

  private Task openTaskOfCaller(String taskId, Caller caller) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      var done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
      if (done != null && wasOnceCallers(done, caller)) {
        throw new StateConflictException(
            "completed".equals(done.getDeleteReason())
                ? "task " + taskId + " is already completed"
                : "task "
                    + taskId
                    + " is no longer open: its deadline passed and the work was escalated or"
                    + " reassigned");
      }
      throw new NotFoundException("Task", taskId);
    }
    List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId);
    Set<String> groups =
        links.stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .collect(Collectors.toSet());
    if (!isCallers(caller, task.getAssignee(), groups)) {
      if (tasks.createTaskQuery().taskId(taskId).singleResult() == null) {
        // completed by someone else between the two reads (its links went with it): say so
        return openTaskOfCaller(taskId, caller);
      }
      throw new NotFoundException("Task", taskId);
    }
    return task;
  }

  private boolean wasOnceCallers(HistoricTaskInstance done, Caller caller) {
    List<HistoricIdentityLinkLog> links =
        history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).list();
    Set<String> groups =
        links.stream()
            .map(HistoricIdentityLinkLog::getGroupId)
            .filter(g -> g != null)
            .collect(Collectors.toSet());
    return isCallers(caller, done.getAssignee(), groups);
  }

  private static boolean isCallers(Caller caller, String assignee, Collection<String> groups) {
    return caller.username().equals(assignee)
        || groups.stream().anyMatch(caller.groups()::contains);
  }

  /** A task as a work item, whoever it belongs to. */
  public WorkItem describe(Task task) {
    TaskType type = typeOf(task);
    Object subjectId = tasks.getVariable(task.getId(), type.subjectKind().idVariable());
    String businessKey =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    return new WorkItem(
        task.getId(),
        type,
        task.getTaskDefinitionKey(),
        task.getName(),
        new Subject(type.subjectKind(), ((Number) subjectId).longValue(), businessKey),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getCreateTime().toInstant());
  }

  /** A domain refusal raised inside a delegate reaches the caller as itself, not wrapped. */
  private static RuntimeException domainCause(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain;
      }
    }
    return e;
  }
}
