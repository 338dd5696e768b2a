package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.lodestone.access.ProviderSignIn;
import org.lodestone.shared.ForbiddenException;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Under single sign-on (ADR 0012) the server has verified the provider's token, browser session or
 * bearer alike; here the program admits the person before anything else runs: an active account,
 * one of its roles, an applicant's organization. A page gets the refusal as its 403 page, an API
 * call as a problem document. A browser session is admitted once per token the provider issues.
 */
@WebFilter(urlPatterns = "/*")
public class ProviderSignInFilter extends HttpFilter {

  static final String MECHANISM = "OIDC";
  static final String REFUSAL = "lodestone.refusal";

  /** The pages' style sheets and scripts, which the refusal page needs too (and signing out). */
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private static final String ADMITTED = ProviderSignInFilter.class.getName() + ".admitted";

  @Inject private ProviderSignIn signIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (MECHANISM.equals(request.getAuthType())
        && !request.getServletPath().startsWith(RESOURCES)
        && !"/logout".equals(request.getServletPath())
        && request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
      var token = principal.getOidcSecurityContext().getToken();
      String admission = principal.getName() + " " + token.getID() + " " + token.getIssuedAt();
      HttpSession session = request.getSession(false);
      if (session == null || !admission.equals(session.getAttribute(ADMITTED))) {
        try {
          signIn.admit(
              principal.getName(), token.getClaimValueAsString(ProviderSignIn.ORGANIZATION_CLAIM));
        } catch (ForbiddenException refused) {
          refuse(request, response, refused.getMessage());
          return;
        }
        if (session != null) {
          session.setAttribute(ADMITTED, admission);
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    if (request.getServletPath().startsWith("/api/")) {
      Problem.write(response, 403, detail);
    } else {
      request.setAttribute(REFUSAL, Character.toUpperCase(detail.charAt(0)) + detail.substring(1));
      response.sendError(403);
    }
  }
}
