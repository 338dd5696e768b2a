package org.lodestone.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.NotFoundException;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.SubjectKind;
import org.lodestone.shared.Violation;

/**
 * Personal API tokens: a person creates one for a script (shown once), lists and revokes their own;
 * an administrator may revoke anyone's. Each use is checked here after the server verified the
 * signature: the token must be known by its hash, live, and belong to an active account.
 */
@Stateless
@PermitAll
public class ApiTokens {

  /** Live tokens a person may hold at once. */
  public static final int MAX_LIVE = 10;

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private ProgramClock clock;
  @Inject private ProgramSettings settings;
  @Inject private AuditTrail audit;

  private static volatile TokenSigner signer;

  /** A token and its secret, which exists only in this answer. */
  public record Created(ApiToken token, String secret) {}

  public Created create(String name, Integer days) {
    if (ProviderSignIn.on()) {
      throw new ForbiddenException(
          "under single sign-on, scripts use the identity provider's access tokens, not personal"
              + " ones");
    }
    Caller caller = person();
    String trimmed = name == null ? "" : name.strip();
    List<Violation> violations = new ArrayList<>();
    if (trimmed.isEmpty() || trimmed.length() > ApiToken.MAX_NAME) {
      violations.add(
          new Violation("name", "is required: 1 to " + ApiToken.MAX_NAME + " characters"));
    } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
      violations.add(new Violation("name", "cannot hold control characters"));
    }
    if (days == null || days < 1 || days > ApiToken.MAX_DAYS) {
      violations.add(
          new Violation("validForDays", "must be from 1 to " + ApiToken.MAX_DAYS + " days"));
    }
    // one creation at a time per person, so that two at once cannot both pass the count
    em.find(UserAccount.class, caller.username(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.now();
    if (live(caller.username(), now) >= MAX_LIVE) {
      violations.add(
          new Violation(
              "tokens",
              "are at the limit of " + MAX_LIVE + " live ones: revoke one you no longer use"));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    String id = UUID.randomUUID().toString();
    String secret = signer().sign(id, caller.username(), now);
    ApiToken token =
        new ApiToken(
            id, caller.username(), trimmed, hash(secret), now, now.plus(Duration.ofDays(days)));
    em.persist(token);
    audit.record(
        SubjectKind.USER,
        caller.username(),
        "ApiTokenCreated",
        Map.of("token", id, "name", trimmed, "expires", token.expiresAt().toString()));
    return new Created(token, secret);
  }

  /** The caller's tokens, newest first, revoked and expired ones included. */
  public List<ApiToken> mine() {
    return em.createQuery(
            "select t from ApiToken t where t.username = :user order by t.createdAt desc",
            ApiToken.class)
        .setParameter("user", person().username())
        .setMaxResults(100)
        .getResultList();
  }

  /** Revokes one of the caller's tokens (an administrator: anyone's); someone else's is unknown. */
  public ApiToken revoke(String id) {
    Caller caller = person();
    ApiToken token =
        Optional.ofNullable(id == null || id.length() > 36 ? null : em.find(ApiToken.class, id))
            .filter(t -> t.username().equals(caller.username()) || caller.has(Role.ADMIN))
            .orElseThrow(() -> new NotFoundException("no API token of yours has that id"));
    if (token.revokedAt().isEmpty()) {
      token.revoke(caller.username(), clock.now());
      audit.record(
          SubjectKind.USER, token.username(), "ApiTokenRevoked", Map.of("token", token.id()));
    }
    return token;
  }

  /**
   * Why a bearer token the server accepted for {@code username} may not be used, if it may not:
   * unknown to the program, someone else's, revoked, expired, or its account deactivated.
   */
  public Optional<String> refusal(String secret, String username) {
    List<ApiToken> found =
        em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
            .setParameter("hash", hash(secret))
            .getResultList();
    if (found.isEmpty() || !found.get(0).username().equals(username)) {
      return Optional.of("the API token is not known to Lodestone");
    }
    ApiToken token = found.get(0);
    Instant now = clock.now();
    Optional<String> refusal = token.refusal(now);
    if (refusal.isPresent()) {
      return refusal;
    }
    UserAccount account = em.find(UserAccount.class, username);
    if (account == null || !account.active()) {
      return Optional.of("the account of this API token is not active");
    }
    token.used(now);
    return Optional.empty();
  }

  private long live(String username, Instant now) {
    return em.createQuery(
            "select count(t) from ApiToken t where t.username = :user and t.revokedAt is null"
                + " and t.expiresAt > :now",
            Long.class)
        .setParameter("user", username)
        .setParameter("now", now)
        .getSingleResult();
  }

  private Caller person() {
    Caller caller = callers.current();
    if (caller.isSystem()) {
      throw new ForbiddenException("API tokens belong to a signed-in person");
    }
    return caller;
  }

  private TokenSigner signer() {
    TokenSigner loaded = signer;
    if (loaded == null) {
      loaded = TokenSigner.load(settings.getApiKeystore(), settings.apiKeystorePassword());
      signer = loaded;
    }
    return loaded;
  }

  /** The SHA-256 of a token in hex: what the program keeps instead of the token. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
