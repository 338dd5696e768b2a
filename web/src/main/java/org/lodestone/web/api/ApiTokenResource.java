package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.lodestone.access.ApiToken;
import org.lodestone.access.ApiTokens;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.ProgramClock;

/**
 * The caller's personal API tokens. A token is created with a password or a session, never with
 * another token (a token could otherwise outlive every expiry by renewing itself), and its secret
 * is in the creation's answer only.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

  @Inject private ApiTokens tokens;
  @Inject private ProgramClock clock;
  @Context private HttpServletRequest request;

  public record TokenRequest(String name, Integer validForDays) {}

  public record TokenView(
      String id,
      String name,
      Instant created,
      Instant expires,
      Instant revoked,
      Instant lastUsed,
      boolean live) {

    static TokenView of(ApiToken t, Instant now) {
      return new TokenView(
          t.id(),
          t.name(),
          t.createdAt(),
          t.expiresAt(),
          t.revokedAt().orElse(null),
          t.lastUsedAt().orElse(null),
          t.live(now));
    }
  }

  /** A new token with its secret: {@code Authorization: Bearer <token>}. Shown this once. */
  public record CreatedToken(TokenView token, String secret) {}

  @GET
  public List<TokenView> mine() {
    Instant now = clock.now();
    return tokens.mine().stream().map(t -> TokenView.of(t, now)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(TokenRequest body) {
    if (ApiTokenFilter.MECHANISM.equals(request.getAuthType())) {
      throw new ForbiddenException(
          "an API token cannot create tokens: sign in with your password or in the browser");
    }
    TokenRequest given = body == null ? new TokenRequest(null, null) : body;
    ApiTokens.Created created = tokens.create(given.name(), given.validForDays());
    return Response.created(URI.create("tokens/" + created.token().id()))
        .entity(new CreatedToken(TokenView.of(created.token(), clock.now()), created.secret()))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
