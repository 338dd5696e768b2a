package org.lodestone.audit.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;
import org.wildfly.security.x500.cert.SelfSignedX509CertificateAndSigningKey;

/**
 * The key that signs audit seals: a private key and its certificate from a PKCS#12 keystore outside
 * the database. The operator provides the keystore in production; where none exists yet (the
 * embedded default) one is generated with a new EC P-256 key.
 */
public final class SealKey {

  private static final String ALGORITHM = "SHA256withECDSA";

  private final PrivateKey key;
  private final X509Certificate certificate;

  private SealKey(PrivateKey key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
  }

  /** Loads the key under {@code alias}, generating the keystore first when the file is missing. */
  public static SealKey load(Path keystore, char[] password, String alias) {
    try {
      if (!Files.exists(keystore)) {
        generate(keystore, password, alias);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        store.load(in, password);
      }
      if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)
          || !(store.getCertificate(alias) instanceof X509Certificate certificate)) {
        throw new IllegalStateException(
            "the audit seal keystore " + keystore + " holds no private key named " + alias);
      }
      return new SealKey(privateKey, certificate);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the audit seal keystore " + keystore, e);
    }
  }

  private static void generate(Path keystore, char[] password, String alias)
      throws IOException, GeneralSecurityException {
    SelfSignedX509CertificateAndSigningKey generated =
        SelfSignedX509CertificateAndSigningKey.builder()
            .setDn(new X500Principal("CN=Lodestone audit seal"))
            .setKeyAlgorithmName("EC")
            .setKeySize(256)
            .setSignatureAlgorithmName(ALGORITHM)
            .build();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setKeyEntry(
        alias,
        generated.getSigningKey(),
        password,
        new Certificate[] {generated.getSelfSignedCertificate()});
    Files.createDirectories(keystore.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(keystore)) {
      store.store(out, password);
    }
  }

  public String sign(String payload) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(payload.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an audit seal", e);
    }
  }

  public boolean verifies(String payload, String signatureText) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(certificate);
      signature.update(payload.getBytes(StandardCharsets.UTF_8));
      return signature.verify(Base64.getDecoder().decode(signatureText));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The certificate in PEM, so that an auditor can check seals with their own tools. */
  public String certificatePem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
