package org.lodestone.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lodestone.access.ProviderSignIn;

/**
 * Whether the server signs people in through the agency's OpenID Connect provider (ADR 0012): the
 * system property {@code lodestone.single-sign-on} that {@code configure-oidc.cli} sets, with the
 * provider's address in {@code LODESTONE_OIDC_PROVIDER_URL} as the server reads it. Under single
 * sign-on the sign-in page sends people to the provider, and signing out ends the provider's
 * session too, at the end-session endpoint its discovery document names.
 */
@Named
@ApplicationScoped
public class SingleSignOn {

  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
  private volatile String endSession;

  public boolean isOn() {
    return provider().isPresent();
  }

  private static Optional<String> provider() {
    return ProviderSignIn.on()
        ? Optional.ofNullable(System.getenv("LODESTONE_OIDC_PROVIDER_URL"))
            .map(String::strip)
            .filter(url -> url.startsWith("http"))
        : Optional.empty();
  }

  /** The provider's end-session endpoint, read from its discovery document until it answers. */
  Optional<String> endSessionEndpoint() {
    if (endSession == null) {
      endSession = provider().flatMap(SingleSignOn::discover).orElse(null);
    }
    return Optional.ofNullable(endSession);
  }

  private static Optional<String> discover(String provider) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          provider.replaceAll("/+$", "") + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
      return Optional.ofNullable(document.getString("end_session_endpoint", null));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "the identity provider's discovery document could not be read", e);
      return Optional.empty();
    }
  }
}
