package org.lodestone.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lodestone.audit.domain.AuditSeal;

class SealKeyTest {

  @TempDir Path dir;

  @Test
  void aGeneratedKeySignsAndTheSameKeystoreVerifiesAfterReloading() {
    Path keystore = dir.resolve("seal.p12");
    SealKey key = SealKey.load(keystore, "pw".toCharArray(), "audit-seal");
    String payload =
        AuditSeal.payload(1, 42, "ab".repeat(32), Instant.parse("2027-01-01T00:00:00Z"));
    String signature = key.sign(payload);

    assertThat(keystore).exists();
    SealKey reloaded = SealKey.load(keystore, "pw".toCharArray(), "audit-seal");
    assertThat(reloaded.verifies(payload, signature)).isTrue();
    assertThat(reloaded.verifies(payload.replace("42", "43"), signature)).isFalse();
    assertThat(reloaded.verifies(payload, "not base64!")).isFalse();
    assertThat(reloaded.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void aKeyGeneratedElsewhereDoesNotVerifyThisServersSeals() {
    SealKey ours = SealKey.load(dir.resolve("a.p12"), "pw".toCharArray(), "audit-seal");
    SealKey theirs = SealKey.load(dir.resolve("b.p12"), "pw".toCharArray(), "audit-seal");
    String payload = AuditSeal.payload(1, 1, "00", Instant.EPOCH);

    assertThat(ours.verifies(payload, theirs.sign(payload))).isFalse();
  }

  @Test
  void aKeystoreWithoutTheAliasIsRefusedByName() {
    Path keystore = dir.resolve("seal.p12");
    SealKey.load(keystore, "pw".toCharArray(), "audit-seal");

    assertThatThrownBy(() -> SealKey.load(keystore, "pw".toCharArray(), "other"))
        .hasMessageContaining("no private key named other");
  }

  @Test
  void theSealFileKeepsSealsInOrderAndReadsAGarbledLineAsUnverifiable() throws Exception {
    SealFile file = new SealFile(dir.resolve("seals").resolve("audit-seals.jsonl"));
    assertThat(file.read()).isEmpty();
    AuditSeal first =
        new AuditSeal(1, 10, "aa", Instant.parse("2027-01-01T00:00:00.123456Z"), "s1");
    AuditSeal second = new AuditSeal(2, 20, "bb", Instant.parse("2027-01-02T00:00:00Z"), "s2");
    file.append(first);
    file.append(second);

    assertThat(file.read()).containsExactly(first, second);
    Files.writeString(file.path(), "garbage\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(file.read()).hasSize(3).last().extracting(AuditSeal::lastEventId).isEqualTo(-1L);
  }
}
