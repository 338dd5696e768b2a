package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.PermitChange;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.permitting.domain.ReasonCategory;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;
import org.lodestone.workflow.permitting.PermittingProcess;
import org.lodestone.workflow.permitting.PermittingTasks;

/** One action of a permitting timetable: its changes under the timetable rules, its history. */
@Path("permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PermitResource {

  @Inject private PermittingService permitting;
  @Inject private TaskService tasks;
  @Inject private org.lodestone.shared.ProgramClock clock;

  @GET
  @Path("{id}")
  public AwardView.PermitView get(@PathParam("id") long id) {
    return AwardView.PermitView.of(
        permitting.get(id), permitting.milestonesDependingOn(id), clock.today());
  }

  /** Any of status, targetDate, actualDate, with a reason and its category. */
  public record PermitChangeRequest(
      String status, String targetDate, String actualDate, String reason, String reasonCategory) {}

  /**
   * Changes an action. A change that needs a program officer's approval answers 202 with the task
   * it created; anything else refused names the rule and the numbers.
   */
  @PATCH
  @Path("{id}")
  public Response change(@PathParam("id") long id, PermitChangeRequest request) {
    PermitChangeRequest body = AwardResource.required(request);
    List<Violation> v = new ArrayList<>();
    PermittingService.Update update =
        new PermittingService.Update(
            Fields.code(v, "status", body.status(), PermitStatus.class),
            Fields.date(v, "targetDate", body.targetDate()),
            Fields.date(v, "actualDate", body.actualDate()),
            body.reason(),
            Fields.code(v, "reasonCategory", body.reasonCategory(), ReasonCategory.class));
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    PermittingService.Result result = permitting.update(id, update);
    AwardView.PermitView view =
        AwardView.PermitView.of(
            result.permit(), permitting.milestonesDependingOn(id), clock.today());
    if (result.pendingRequestId() == null) {
      return Response.ok(view).build();
    }
    Task task =
        tasks
            .createTaskQuery()
            .processDefinitionKey(PermittingProcess.CHANGE_ID)
            .processVariableValueEquals(
                PermittingProcess.CHANGE_REQUEST_ID, result.pendingRequestId())
            .singleResult();
    return Response.accepted(
            Map.of(
                "permit",
                view,
                "changeRequestId",
                result.pendingRequestId(),
                "task",
                Map.of(
                    "id", task.getId(),
                    "type", PermittingTasks.APPROVE_TIMETABLE_CHANGE.name(),
                    "assignedTo", "PROGRAM_OFFICER")))
        .build();
  }

  @POST
  @Path("{id}/resume")
  public AwardView.PermitView resume(@PathParam("id") long id) {
    return AwardView.PermitView.of(
        permitting.resume(id), permitting.milestonesDependingOn(id), clock.today());
  }

  public record HistoryEntry(
      Instant at,
      String actor,
      String field,
      String before,
      String after,
      String reason,
      String reasonCategory) {
    static HistoryEntry of(PermitChange c) {
      return new HistoryEntry(
          c.at(),
          c.actor(),
          c.field(),
          c.before(),
          c.after(),
          c.reason(),
          c.category() == null ? null : c.category().name());
    }
  }

  @GET
  @Path("{id}/history")
  public List<HistoryEntry> history(@PathParam("id") long id) {
    return permitting.history(id).stream().map(HistoryEntry::of).toList();
  }
}
