package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.lodestone.award.application.AwardService;

/** A special condition's cure (the recipient) and its extension (the program officer). */
@Path("conditions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConditionResource {

  @Inject private AwardService awards;

  public record CureRequest(String explanation, List<Long> documentIds) {}

  @POST
  @Path("{id}/cure")
  public AwardView.ConditionView cure(@PathParam("id") long id, CureRequest request) {
    return AwardView.ConditionView.of(
        awards.submitCure(
            id,
            AwardResource.required(request).explanation(),
            request.documentIds() == null ? List.of() : request.documentIds()));
  }

  public record ExtensionRequest(String deadline, String reason) {}

  @POST
  @Path("{id}/extension")
  public AwardView.ConditionView extend(@PathParam("id") long id, ExtensionRequest request) {
    ExtensionRequest body = AwardResource.required(request);
    return AwardView.ConditionView.of(
        awards.extendCondition(id, Fields.date("deadline", body.deadline()), body.reason()));
  }
}
