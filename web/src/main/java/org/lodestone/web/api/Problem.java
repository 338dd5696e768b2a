package org.lodestone.web.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.lodestone.shared.Violation;

/** An RFC 9457 problem document. */
public record Problem(
    String type, String title, int status, String detail, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final int UNPROCESSABLE = 422;

  private static final Map<Integer, String> TITLES =
      Map.of(
          400,
          "Bad Request",
          401,
          "Unauthorized",
          403,
          "Forbidden",
          404,
          "Not Found",
          405,
          "Method Not Allowed",
          409,
          "Conflict",
          415,
          "Unsupported Media Type",
          UNPROCESSABLE,
          "Unprocessable Content",
          500,
          "Internal Server Error");

  /** Writes the problem straight to a servlet response, for filters that answer before JAX-RS. */
  public static void write(HttpServletResponse response, int status, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", TITLES.getOrDefault(status, "Error"))
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }

  public static Response response(int status, String detail) {
    return response(status, detail, null);
  }

  public static Response response(int status, String detail, List<Violation> violations) {
    Problem problem =
        new Problem(
            "about:blank", TITLES.getOrDefault(status, "Error"), status, detail, violations);
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
  }
}
