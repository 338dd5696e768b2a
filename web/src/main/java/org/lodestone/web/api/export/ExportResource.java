package org.lodestone.web.api.export;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.lodestone.reporting.application.Exports;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.web.api.ContentDisposition;

/**
 * Awards and transactions to take away, streamed (rows are read a page at a time, never all at
 * once): for staff and auditors every award, for an applicant its own organization's.
 */
@Path("exports")
public class ExportResource {

  /** The exports there are, by file name. */
  static final List<String> NAMES =
      List.of(
          "awards.csv",
          "transactions.csv",
          "awards.xlsx",
          "usaspending.json",
          "ocds.json",
          "360giving.json");

  @Inject private Exports exports;
  @Inject private ProgramClock clock;

  @GET
  @Path("{name}")
  public Response export(@PathParam("name") String name, @Context UriInfo uri) {
    if (!NAMES.contains(name)) {
      throw new NotFoundException(
          "There is no such export; the exports are " + String.join(", ", NAMES) + ".");
    }
    exports.requireAccess();
    Publisher publisher = Publisher.fromSettings();
    String self = uri.getAbsolutePath().toString();
    StreamingOutput body =
        out -> {
          switch (name) {
            case "awards.csv" -> ExportWriters.awardsCsv(exports, out);
            case "transactions.csv" -> ExportWriters.transactionsCsv(exports, out);
            case "awards.xlsx" -> ExportWriters.awardsXlsx(exports, out);
            case "usaspending.json" ->
                OpenDataWriters.usaspending(exports, out, publisher, clock.zone());
            case "ocds.json" -> OpenDataWriters.ocds(exports, out, publisher, self);
            default -> OpenDataWriters.threeSixtyGiving(exports, out, publisher, clock.zone());
          }
        };
    return Response.ok(body, mediaType(name))
        .header("Content-Disposition", ContentDisposition.attachment(name))
        .build();
  }

  private static String mediaType(String name) {
    if (name.endsWith(".csv")) {
      return "text/csv; charset=UTF-8";
    }
    if (name.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return "application/json";
  }
}
