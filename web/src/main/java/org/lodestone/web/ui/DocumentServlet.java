package org.lodestone.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lodestone.intake.application.ApplicationService;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.shared.DomainException;
import org.lodestone.shared.NotFoundException;
import org.lodestone.web.api.ContentDisposition;

/**
 * Documents for the pages, at {@code /documents/applications/{id}/{attachmentId}}: behind the
 * pages' sign-in (never a Basic prompt), outside the API, with the same checks as the API (who may
 * read the application in full) and an audit event per download.
 */
@WebServlet("/documents/applications/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ApplicationService applications;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(parts[1]);
    long attachmentId = Long.parseLong(parts[2]);
    try {
      Attachment attachment = applications.attachment(id, attachmentId);
      byte[] content = applications.content(id, attachmentId);
      response.setContentType(Attachment.PDF);
      response.setHeader(
          "Content-Disposition", ContentDisposition.attachment(attachment.fileName()));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setContentLength(content.length);
      response.getOutputStream().write(content);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (DomainException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
