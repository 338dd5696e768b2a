package org.lodestone.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.lodestone.award.application.AwardService;
import org.lodestone.shared.NotFoundException;
import org.lodestone.web.api.ContentDisposition;

/**
 * An award's notice of award and evidence documents for the pages, at {@code
 * /documents/awards/{id}/letter} and {@code /documents/awards/{id}/{documentId}}: behind the pages'
 * sign-in, for whoever may see the award (another organization's is not found), each download
 * audited.
 */
@WebServlet("/documents/awards/*")
public class AwardDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardService awards;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (parts.length != 3
        || !parts[1].matches("\\d{1,18}")
        || !(parts[2].equals("letter") || parts[2].matches("\\d{1,18}"))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(parts[1]);
    try {
      String name;
      byte[] pdf;
      if (parts[2].equals("letter")) {
        name = "notice-of-award-" + awards.get(id).number() + ".pdf";
        pdf = awards.letter(id);
      } else {
        long documentId = Long.parseLong(parts[2]);
        name = awards.document(id, documentId).fileName();
        pdf = awards.content(id, documentId);
      }
      response.setContentType("application/pdf");
      response.setHeader("Content-Disposition", ContentDisposition.attachment(name));
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setContentLength(pdf.length);
      response.getOutputStream().write(pdf);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
