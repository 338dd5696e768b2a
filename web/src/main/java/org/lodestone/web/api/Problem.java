package org.lodestone.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
