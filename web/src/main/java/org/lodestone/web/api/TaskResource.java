package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.lodestone.workflow.inbox.WorkInbox;

/** The caller's work inbox. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @Inject private WorkInbox inbox;

  @GET
  public List<TaskView> openWork() {
    return inbox.openWork().stream().map(TaskView::of).toList();
  }

  @GET
  @Path("{id}")
  public TaskView get(@PathParam("id") String id) {
    return TaskView.of(inbox.get(id));
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(@PathParam("id") String id, Map<String, Object> body) {
    inbox.complete(id, body == null ? Map.of() : body);
    return Response.noContent().build();
  }
}
