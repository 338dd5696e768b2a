package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.intake.application.ApplicationAccess;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.intake.domain.AttachmentKind;
import org.lodestone.review.application.ReviewService;
import org.lodestone.review.domain.Review;
import org.lodestone.shared.RuleViolationException;

/** Funding applications: drafts, submission, reading. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

  @Inject private ApplicationService applications;
  @Inject private ReviewService reviews;
  @Inject private CallerService callers;

  @POST
  public Response create(ApplicationRequest request, @Context UriInfo uri) {
    ApplicationRequest body = required(request);
    Application created =
        applications.create(body.opportunityId(), body.details(), body.certified());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(view(created))
        .build();
  }

  @PUT
  @Path("{id}")
  public ApplicationView replace(@PathParam("id") long id, ApplicationRequest request) {
    ApplicationRequest body = required(request);
    if (body.version() == null) {
      throw new RuleViolationException("version", "is required: send the version you last read");
    }
    return view(applications.revise(id, body.version(), body.details(), body.certified()));
  }

  @POST
  @Path("{id}/submit")
  public ApplicationView submit(@PathParam("id") long id) {
    return view(applications.submit(id));
  }

  /**
   * The application; a reviewer who has yet to declare conflicts of interest gets only what the
   * declaration needs ({@code access: DECLARATION}, no documents, no history).
   */
  @GET
  @Path("{id}")
  public Object get(@PathParam("id") long id) {
    if (applications.access(id) != ApplicationAccess.Level.FULL) {
      return DeclarationView.of(applications.declaration(id));
    }
    return view(applications.get(id));
  }

  /** What a reviewer sees before declaring: the applicant and its owners, title, summary. */
  public record DeclarationView(
      long id,
      String number,
      String access,
      String title,
      String summary,
      String organization,
      String uei,
      List<org.lodestone.organization.domain.Owner> owners) {
    static DeclarationView of(ApplicationService.Declaration d) {
      return new DeclarationView(
          d.id(),
          d.number(),
          ApplicationAccess.Level.DECLARATION.name(),
          d.title(),
          d.summary(),
          d.organization().legalName(),
          d.organization().uei(),
          d.organization().owners());
    }
  }

  @GET
  public Page<ApplicationView> list(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    ApplicationStatus filter = status(status);
    Paging paging = Paging.of(page, size);
    return new Page<>(
        applications.list(filter, paging.page(), paging.size()).stream()
            .map(a -> ApplicationView.of(a, null, null))
            .toList(),
        paging.page(),
        paging.size(),
        applications.count(filter));
  }

  private ApplicationView view(Application application) {
    return ApplicationView.of(
        application,
        applications.attachments(application.id()),
        applications.history(application.id()));
  }

  /** The reviews and consensus, as far as the caller may see them. */
  @GET
  @Path("{id}/reviews")
  public ReviewsView reviews(@PathParam("id") long id) {
    List<Review> visible = reviews.visibleReviews(id);
    Caller caller = callers.current();
    return ReviewsView.of(
        visible,
        reviews.evaluation(id),
        caller.has(Role.APPLICANT) && !caller.seesAllOrganizations());
  }

  /** Reviewers a program officer may assign, lightest load first. */
  @GET
  @Path("{id}/reviewer-candidates")
  public List<ReviewService.Candidate> reviewerCandidates(@PathParam("id") long id) {
    return reviews.candidates(id);
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response attach(
      @PathParam("id") long id,
      @FormParam("kind") String kind,
      @FormParam("file") EntityPart file,
      @Context UriInfo uri)
      throws IOException {
    if (file == null) {
      throw new RuleViolationException("file", "is required (multipart part named file)");
    }
    AttachmentKind attachmentKind = attachmentKind(kind);
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readNBytes(Attachment.MAX_BYTES + 1);
    }
    Attachment attachment =
        applications.attach(id, attachmentKind, file.getFileName().orElse(null), content);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(attachment.id())).build())
        .entity(ApplicationView.AttachmentView.of(attachment))
        .build();
  }

  @GET
  @Path("{id}/attachments")
  public List<ApplicationView.AttachmentView> attachments(@PathParam("id") long id) {
    return applications.attachments(id).stream().map(ApplicationView.AttachmentView::of).toList();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces({Attachment.PDF, MediaType.APPLICATION_JSON})
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    Attachment attachment = applications.attachment(id, attachmentId);
    return Response.ok(applications.content(id, attachmentId), Attachment.PDF)
        .header("Content-Disposition", ContentDisposition.attachment(attachment.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + attachment.sha256())
        .build();
  }

  @DELETE
  @Path("{id}/attachments/{attachmentId}")
  public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    applications.detach(id, attachmentId);
    return Response.noContent().build();
  }

  private static AttachmentKind attachmentKind(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new RuleViolationException(
          "kind", "is required: " + Arrays.toString(AttachmentKind.values()));
    }
    return Fields.code("kind", kind, AttachmentKind.class);
  }

  private static ApplicationRequest required(ApplicationRequest request) {
    if (request == null) {
      throw new RuleViolationException("body", "is required");
    }
    return request;
  }

  private static ApplicationStatus status(String status) {
    return Fields.code("status", status, ApplicationStatus.class);
  }
}
