package org.lodestone.access;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Signs personal API tokens as JWTs (RS256) with the private key of the keystore the server's
 * Elytron token realm verifies them with: issuer {@value #ISSUER}, audience {@value #AUDIENCE},
 * subject the username, the token's id as {@code jti}. Expiry and revocation are the program's to
 * check ({@link ApiTokens#refusal}), so the token carries no {@code exp}: an expired or revoked
 * token is then refused with a problem document that says which, not a bare 403.
 */
public final class TokenSigner {

  public static final String ISSUER = "lodestone";
  public static final String AUDIENCE = "lodestone-api";
  public static final String ALIAS = "api-tokens";

  private final PrivateKey key;

  public TokenSigner(PrivateKey key) {
    this.key = key;
  }

  public static TokenSigner load(Path keystore, char[] password) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      if (!(store.getKey(ALIAS, password) instanceof PrivateKey privateKey)) {
        throw new IllegalStateException(keystore + " holds no private key named " + ALIAS);
      }
      return new TokenSigner(privateKey);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the API token keystore " + keystore, e);
    }
  }

  public String sign(String id, String username, Instant issuedAt) {
    JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
    JsonObject claims =
        Json.createObjectBuilder()
            .add("iss", ISSUER)
            .add("aud", AUDIENCE)
            .add("sub", username)
            .add("jti", id)
            .add("iat", issuedAt.getEpochSecond())
            .build();
    String signed = encode(header.toString()) + "." + encode(claims.toString());
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an API token", e);
    }
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
