package org.lodestone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void hashMatchesOnlyItsPasswordAndIsSaltedEachTime() {
    PasswordHash first = PasswordHash.of("lodestone".toCharArray());
    PasswordHash second = PasswordHash.of("lodestone".toCharArray());

    assertThat(first.matches("lodestone".toCharArray())).isTrue();
    assertThat(first.matches("Lodestone".toCharArray())).isFalse();
    assertThat(first.salt()).isNotEqualTo(second.salt());
    assertThat(first.hash()).isNotEqualTo(second.hash());
  }

  @Test
  void storesA256BitPbkdf2KeyAsTheScramMapperExpects() {
    PasswordHash hash = PasswordHash.of("secret".toCharArray());
    assertThat(Base64.getDecoder().decode(hash.hash())).hasSize(32);
    // the OWASP work factor for PBKDF2-HMAC-SHA256: API clients use tokens, so only a sign-in pays
    // it
    assertThat(hash.iterations()).isGreaterThanOrEqualTo(600_000);
    assertThat(hash.matches("secret".toCharArray())).isTrue();
  }

  @Test
  void callerGroupsAreRolesAndTheOrganization() {
    Caller caller =
        new Caller("alice", "Alice", java.util.Set.of(Role.APPLICANT), java.util.Optional.of(4L));
    assertThat(caller.groups()).containsExactlyInAnyOrder("APPLICANT", "organization-4");
    assertThat(caller.mayActFor(4)).isTrue();
    assertThat(caller.mayActFor(5)).isFalse();
    Caller officer =
        new Caller(
            "olivia", "Olivia", java.util.Set.of(Role.PROGRAM_OFFICER), java.util.Optional.empty());
    assertThat(officer.mayActFor(5)).isTrue();
    Caller reviewer =
        new Caller("rita", "Rita", java.util.Set.of(Role.REVIEWER), java.util.Optional.empty());
    assertThat(reviewer.mayActFor(5)).isFalse();
  }
}
