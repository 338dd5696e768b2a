package org.lodestone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  @Test
  void noAccountMayCarryTheNameOfTheUnauthenticatedCallerOrOfTheSystem() {
    PasswordHash hash = PasswordHash.of("correct horse battery".toCharArray());
    for (String reserved : UserAccount.RESERVED) {
      assertThatThrownBy(
              () -> new UserAccount(reserved, "Someone", null, hash, EnumSet.of(Role.AUDITOR)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("reserved");
    }
  }

  @Test
  void underSingleSignOnTheAccountTakesTheTokensRolesAndAnApplicantsOrganization() {
    PasswordHash hash = PasswordHash.of("correct horse battery".toCharArray());
    UserAccount bob = new UserAccount("bob", "Bob", null, hash, EnumSet.of(Role.APPLICANT));
    bob.joinOrganization(2);

    bob.followProvider(EnumSet.of(Role.APPLICANT), 1L);
    assertThat(bob.organizationId()).contains(1L);

    // staff act for no organization, whatever the token says
    bob.followProvider(EnumSet.of(Role.REVIEWER), 1L);
    assertThat(bob.roles()).containsOnly(Role.REVIEWER);
    assertThat(bob.organizationId()).isEmpty();

    assertThatThrownBy(() -> bob.followProvider(EnumSet.noneOf(Role.class), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one role");
  }
}
