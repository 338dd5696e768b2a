package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.lodestone.access.ApiTokens;

/**
 * The server has verified a personal API token's signature (Elytron's BEARER_TOKEN mechanism); here
 * the program checks the rest before anything else runs, on the API and on document downloads
 * alike: the token must be one it issued to that user, not revoked, not expired, and the account
 * active. Otherwise 401 with a problem document saying which.
 */
@WebFilter(urlPatterns = "/*")
public class ApiTokenFilter extends HttpFilter {

  static final String MECHANISM = "BEARER_TOKEN";
  private static final String PREFIX = "Bearer ";

  @Inject private ApiTokens tokens;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (MECHANISM.equals(request.getAuthType()) && request.getUserPrincipal() != null) {
      String header = request.getHeader("Authorization");
      Optional<String> refusal =
          header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
              ? Optional.of("the API token is missing")
              : tokens.refusal(header.substring(PREFIX.length()).strip(), request.getRemoteUser());
      if (refusal.isPresent()) {
        refuse(response, refusal.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static void refuse(HttpServletResponse response, String detail) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Lodestone\", error=\"invalid_token\"");
    Problem.write(response, 401, detail);
  }
}
