package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.application.MilestoneService;
import org.lodestone.award.domain.Milestone;

/**
 * An award's milestones: the recipient reports one complete with evidence; certification ({@code
 * CERTIFY_MILESTONE}) and acceptance ({@code ACCEPT_MILESTONE}) are tasks.
 */
@Path("milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MilestoneResource {

  @Inject private MilestoneService milestones;
  @Inject private AwardService awards;

  @GET
  @Path("{id}")
  public AwardView.MilestoneView get(@PathParam("id") long id) {
    return view(id);
  }

  public record Completion(String summary, List<Long> documentIds) {}

  @POST
  @Path("{id}/completion")
  public AwardView.MilestoneView report(@PathParam("id") long id, Completion request) {
    Completion body = AwardResource.required(request);
    if (body.documentIds() != null
        && body.documentIds().size()
            > org.lodestone.disbursement.domain.PaymentClaim.DOCUMENTS_MAX) {
      throw new org.lodestone.shared.RuleViolationException(
          "documentIds",
          "at most " + org.lodestone.disbursement.domain.PaymentClaim.DOCUMENTS_MAX + " documents");
    }
    milestones.report(
        id,
        body.summary(),
        body.documentIds() == null
            ? List.of()
            : body.documentIds().stream().filter(java.util.Objects::nonNull).toList());
    return view(id);
  }

  private AwardView.MilestoneView view(long id) {
    var award = awards.get(milestones.awardOf(id));
    Milestone m = award.milestone(id);
    return AwardView.MilestoneView.of(m, awards.blockingPermits(award));
  }
}
