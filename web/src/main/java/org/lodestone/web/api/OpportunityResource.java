package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.review.application.ReviewBoards;
import org.lodestone.shared.RuleViolationException;

/**
 * Funding opportunities: search for everyone, writing, publishing and closing for program officers.
 */
@Path("opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityResource {

  @Inject private OpportunityService opportunities;
  @Inject private ReviewBoards boards;

  @GET
  public Page<OpportunityView> search(
      @QueryParam("q") String text,
      @QueryParam("mineral") String mineral,
      @QueryParam("topicArea") String topicArea,
      @QueryParam("closesBy") String closesBy,
      @QueryParam("open") boolean openOnly,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    TopicArea topic = Fields.code("topicArea", topicArea, TopicArea.class);
    LocalDate by = Fields.date("closesBy", closesBy);
    return paging.of(
        opportunities
            .search(
                new OpportunityService.Search(
                    bounded(text), blankToNull(mineral), topic, by, openOnly))
            .stream()
            .map(this::view)
            .toList());
  }

  private OpportunityView view(FundingOpportunity opportunity) {
    return OpportunityView.of(opportunity, opportunities.isOpenToday(opportunity));
  }

  private static String bounded(String text) {
    if (text != null && text.length() > 200) {
      throw new RuleViolationException("q", "must be at most 200 characters");
    }
    return text;
  }

  @GET
  @Path("{id}")
  public OpportunityView get(@PathParam("id") long id) {
    return view(opportunities.get(id));
  }

  /** The ranked slate and the funds still available (selecting official, program officers). */
  @GET
  @Path("{id}/slate")
  public SlateView slate(@PathParam("id") long id) {
    return SlateView.of(boards.slate(id));
  }

  /** Every application in review: reviewers, who is late or conflicted, spreads. */
  @GET
  @Path("{id}/review-board")
  public List<BoardView> reviewBoard(@PathParam("id") long id) {
    opportunities.get(id);
    return boards.board(id).stream().map(BoardView::of).toList();
  }

  @POST
  public Response create(OpportunityRequest request, @Context UriInfo uri) {
    FundingOpportunity created = opportunities.create(required(request).terms());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(view(created))
        .build();
  }

  @PUT
  @Path("{id}")
  public OpportunityView revise(@PathParam("id") long id, OpportunityRequest request) {
    OpportunityRequest body = required(request);
    if (body.version() == null) {
      throw new RuleViolationException("version", "is required: send the version you last read");
    }
    return view(opportunities.revise(id, body.version(), body.terms()));
  }

  @POST
  @Path("{id}/publish")
  public OpportunityView publish(@PathParam("id") long id) {
    return view(opportunities.publish(id));
  }

  @POST
  @Path("{id}/close")
  public OpportunityView close(@PathParam("id") long id) {
    return view(opportunities.close(id));
  }

  private static OpportunityRequest required(OpportunityRequest request) {
    if (request == null) {
      throw new RuleViolationException("body", "is required");
    }
    return request;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
