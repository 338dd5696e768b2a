package org.lodestone.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A personal API token: who it acts for, a name its owner recognizes, when it expires, whether it
 * was revoked. The token itself is never kept, only its SHA-256 ({@link ApiTokens#hash}).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  /** The longest a token may live, and the names it may have. */
  public static final int MAX_DAYS = 365;

  public static final int MAX_NAME = 100;

  /** How stale "last used" may get: it is written at most once in this period per token. */
  private static final Duration USE_RESOLUTION = Duration.ofMinutes(10);

  @Id private String id;

  private String username;

  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  ApiToken(
      String id,
      String username,
      String name,
      String tokenHash,
      Instant createdAt,
      Instant expiresAt) {
    this.id = id;
    this.username = username;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Why the token may not be used at {@code now}, if it may not. */
  public Optional<String> refusal(Instant now) {
    if (revokedAt != null) {
      return Optional.of("the API token was revoked");
    }
    if (!now.isBefore(expiresAt)) {
      return Optional.of("the API token has expired");
    }
    return Optional.empty();
  }

  public boolean live(Instant now) {
    return refusal(now).isEmpty();
  }

  void revoke(String by, Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedBy = by;
    }
  }

  /** Records a use; true when that changed the row (at most once per ten minutes). */
  boolean used(Instant now) {
    if (lastUsedAt != null && lastUsedAt.plus(USE_RESOLUTION).isAfter(now)) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public String id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }
}
