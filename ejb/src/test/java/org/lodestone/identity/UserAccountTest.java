package org.lodestone.identity;

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
}
