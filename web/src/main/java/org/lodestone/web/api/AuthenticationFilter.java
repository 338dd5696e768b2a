package org.lodestone.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API is outside the pages' security constraint (a constrained path would answer with the login
 * page); every call needs a caller, otherwise 401 with a Basic challenge.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getSecurityContext().getUserPrincipal() == null) {
      Response problem = Problem.response(401, "sign in with HTTP Basic credentials");
      request.abortWith(
          Response.fromResponse(problem)
              .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lodestone\", charset=\"UTF-8\"")
              .build());
    }
  }
}
