package org.lodestone.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When the server refuses an API call's credentials (a bearer token whose signature does not
 * verify, say), its form mechanism forwards to the sign-in page; a script gets a problem document
 * instead of that page.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ApiSignInFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object original = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
    if (original instanceof String path && path.startsWith("/api/")) {
      ApiTokenFilter.refuse(
          response, "the credentials were refused: sign in again or create a new API token");
      return;
    }
    chain.doFilter(request, response);
  }
}
