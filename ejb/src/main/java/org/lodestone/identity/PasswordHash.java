package org.lodestone.identity;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, stored as the three columns the server's JDBC realm
 * reads with its {@code scram-sha-256} mapper (hash, salt, iteration count, Base64).
 */
public record PasswordHash(String hash, String salt, int iterations) {

  /** OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256; paid once per sign-in. */
  public static final int ITERATIONS = 600_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  public static PasswordHash of(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new PasswordHash(
        Base64.getEncoder().encodeToString(pbkdf2(password, salt, ITERATIONS)),
        Base64.getEncoder().encodeToString(salt),
        ITERATIONS);
  }

  public boolean matches(char[] password) {
    byte[] expected = Base64.getDecoder().decode(hash);
    byte[] actual = pbkdf2(password, Base64.getDecoder().decode(salt), iterations);
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    try {
      KeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }
}
