package org.lodestone.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:00:00Z");

  private static ApiToken token() {
    return new ApiToken("id-1", "alice", "script", "hash", NOW, NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void aTokenIsLiveUntilItExpiresOrIsRevoked() {
    ApiToken token = token();
    assertThat(token.refusal(NOW)).isEmpty();
    assertThat(token.refusal(NOW.plus(Duration.ofDays(30)).minusMillis(1))).isEmpty();
    assertThat(token.refusal(NOW.plus(Duration.ofDays(30)))).contains("the API token has expired");

    token.revoke("alice", NOW.plusSeconds(60));
    token.revoke("admin", NOW.plusSeconds(120));
    assertThat(token.refusal(NOW.plusSeconds(61))).contains("the API token was revoked");
    assertThat(token.revokedAt()).contains(NOW.plusSeconds(60));
  }

  @Test
  void lastUseIsWrittenAtMostEveryTenMinutes() {
    ApiToken token = token();
    assertThat(token.used(NOW)).isTrue();
    assertThat(token.used(NOW.plus(Duration.ofMinutes(9)))).isFalse();
    assertThat(token.lastUsedAt()).contains(NOW);
    assertThat(token.used(NOW.plus(Duration.ofMinutes(10)))).isTrue();
  }

  @Test
  void theSignedTokenVerifiesWithThePublicKeyAndCarriesNoExpiry() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    String jwt = new TokenSigner(keys.getPrivate()).sign("id-1", "alice", NOW);

    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initVerify(keys.getPublic());
    signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(signature.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertThat(claims)
        .contains("\"iss\":\"lodestone\"", "\"aud\":\"lodestone-api\"", "\"sub\":\"alice\"")
        .contains("\"jti\":\"id-1\"")
        .doesNotContain("\"exp\"");
    assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
        .contains("\"alg\":\"RS256\"");
    assertThat(ApiTokens.hash(jwt)).hasSize(64).isNotEqualTo(ApiTokens.hash(jwt + "x"));
  }
}
