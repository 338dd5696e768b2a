package org.lodestone.web.ui;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs out and returns to the login page; under single sign-on, by way of the provider's
 * end-session endpoint, so that the provider's session ends too (OpenID Connect RP-initiated
 * logout).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject private SingleSignOn singleSignOn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String idToken =
        request.getUserPrincipal() instanceof OidcPrincipal<?> principal
            ? principal.getOidcSecurityContext().getIDTokenString()
            : null;
    request.logout();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    String signedOut = request.getContextPath() + "/login.xhtml?signedOut=true";
    Optional<String> endSession =
        idToken == null ? Optional.empty() : singleSignOn.endSessionEndpoint();
    if (endSession.isEmpty()) {
      response.sendRedirect(signedOut);
      return;
    }
    String back =
        request.getRequestURL().toString().replace(request.getRequestURI(), "") + signedOut;
    response.sendRedirect(
        endSession.get()
            + (endSession.get().contains("?") ? "&" : "?")
            + "id_token_hint="
            + URLEncoder.encode(idToken, StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(back, StandardCharsets.UTF_8));
  }
}
