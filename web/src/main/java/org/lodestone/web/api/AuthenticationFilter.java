package org.lodestone.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import org.lodestone.access.ProviderSignIn;

/**
 * The API is outside the pages' security constraint (a constrained path would answer with the login
 * page); every call needs a caller, otherwise 401. Scripts get a Bearer and a Basic challenge;
 * browsers do not (a Basic prompt's credentials would outlive Sign out). A call that changes state
 * on the strength of a session cookie alone must come from our own pages: same Origin, or the
 * {@value #REQUEST_HEADER} header that another site's form cannot send.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  static final String REQUEST_HEADER = "X-Requested-With";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      boolean singleSignOn = ProviderSignIn.on();
      Response.ResponseBuilder unauthorized =
          Response.fromResponse(
              Problem.response(
                  401,
                  singleSignOn
                      ? "sign in: the identity provider's access token (Bearer) or a session"
                      : "sign in: an API token (Bearer), HTTP Basic credentials or a session"));
      if (!fromBrowser(request)) {
        unauthorized.header(
            HttpHeaders.WWW_AUTHENTICATE,
            singleSignOn
                ? "Bearer realm=\"Lodestone\""
                : "Bearer realm=\"Lodestone\", Basic realm=\"Lodestone\", charset=\"UTF-8\"");
      }
      request.abortWith(unauthorized.build());
      return;
    }
    boolean bySession = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    if (bySession && !SAFE.contains(request.getMethod()) && !fromOurPages(request)) {
      request.abortWith(
          Problem.response(
              403,
              "a change made with a session must come from Lodestone's pages (same Origin, or the "
                  + REQUEST_HEADER
                  + " header)"));
    }
  }

  /** Browsers send Fetch metadata with every request; scripts and curl do not. */
  private static boolean fromBrowser(ContainerRequestContext request) {
    return request.getHeaderString("Sec-Fetch-Mode") != null
        || request.getHeaderString("Sec-Fetch-Site") != null;
  }

  private static boolean fromOurPages(ContainerRequestContext request) {
    if (request.getHeaderString(REQUEST_HEADER) != null) {
      return true;
    }
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return false;
    }
    URI base = request.getUriInfo().getBaseUri();
    String ours =
        base.getScheme()
            + "://"
            + base.getHost()
            + (base.getPort() < 0 ? "" : ":" + base.getPort());
    return origin.equalsIgnoreCase(ours);
  }
}
