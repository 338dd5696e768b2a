package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.lodestone.workflow.award.AwardTasks;
import org.lodestone.workflow.inbox.WorkInbox;
import org.lodestone.workflow.intake.IntakeTasks;
import org.lodestone.workflow.permitting.PermittingTasks;
import org.lodestone.workflow.review.ReviewTasks;

/** The caller's work inbox. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject private WorkInbox inbox;

  /** The caller's open work, earliest due first. */
  @GET
  public Page<TaskView> openWork(@QueryParam("page") String page, @QueryParam("size") String size) {
    return Paging.of(page, size).of(inbox.openWork().stream().map(TaskView::of).toList());
  }

  @GET
  @Path("{id}")
  public TaskView get(@PathParam("id") String id) {
    return TaskView.of(inbox.get(id));
  }

  /**
   * Completes one of the caller's tasks with the body of its type; the document lists each type's
   * body (the records of the process packages' task catalogues).
   */
  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      description = "the body of the task's type (GET /tasks/{id} gives the type)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      oneOf = {
                        IntakeTasks.ScreenApplication.class,
                        ReviewTasks.AssignReviewers.class,
                        ReviewTasks.DeclareConflict.class,
                        ReviewTasks.ScoreApplication.class,
                        ReviewTasks.ReconcileScores.class,
                        ReviewTasks.ScreenEnvironment.class,
                        ReviewTasks.RateRisk.class,
                        ReviewTasks.DecideSelection.class,
                        AwardTasks.PrepareAward.class,
                        AwardTasks.SignAward.class,
                        AwardTasks.AcceptAward.class,
                        AwardTasks.GoNoGo.class,
                        AwardTasks.ReviewCure.class,
                        AwardTasks.DecideAmendment.class,
                        PermittingTasks.UpdateTimetable.class,
                        PermittingTasks.ReportMissedDate.class,
                        PermittingTasks.DecideTimetableChange.class,
                        PermittingTasks.DecideDeniedPermit.class,
                        org.lodestone.workflow.disbursement.DisbursementTasks.CertifyMilestone
                            .class,
                        org.lodestone.workflow.disbursement.DisbursementTasks.AcceptMilestone.class,
                        org.lodestone.workflow.disbursement.DisbursementTasks.DecidePayment.class,
                        org.lodestone.workflow.reporting.ReportTasks.SubmitProgressReport.class,
                        org.lodestone.workflow.reporting.ReportTasks.ReviewProgressReport.class,
                        org.lodestone.workflow.reporting.ReportTasks.SubmitFinancialReport.class,
                        org.lodestone.workflow.reporting.ReportTasks.CloseAward.class
                      })))
  public Response complete(@PathParam("id") String id, Map<String, Object> body) {
    inbox.complete(id, body == null ? Map.of() : body);
    return Response.noContent().build();
  }
}
