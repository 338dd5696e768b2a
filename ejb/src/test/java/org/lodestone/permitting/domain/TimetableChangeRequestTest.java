package org.lodestone.permitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

/** A large move of a final completion date is decided once, by someone other than the requester. */
class TimetableChangeRequestTest {

  private static TimetableChangeRequest request() {
    return new TimetableChangeRequest(
        5,
        LocalDate.parse("2028-01-15"),
        "Agency backlog",
        ReasonCategory.AGENCY_RESOURCES,
        "pat",
        Instant.parse("2027-03-01T12:00:00Z"));
  }

  @Test
  void theRequesterNeverDecidesAndARejectionNeedsAReason() {
    TimetableChangeRequest r = request();
    assertThatThrownBy(() -> r.decide(true, null, "pat")).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> r.decide(false, " ", "olivia"))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("reason");
    r.decide(false, "Not documented", "olivia");
    assertThat(r.status()).isEqualTo(TimetableChangeRequest.Status.REJECTED);
    assertThatThrownBy(() -> r.decide(true, null, "oscar"))
        .isInstanceOf(StateConflictException.class);
  }

  @Test
  void anApprovalNeedsNoReason() {
    TimetableChangeRequest r = request();
    r.decide(true, null, "olivia");
    assertThat(r.status()).isEqualTo(TimetableChangeRequest.Status.APPROVED);
    assertThat(r.decidedBy()).isEqualTo("olivia");
  }
}
