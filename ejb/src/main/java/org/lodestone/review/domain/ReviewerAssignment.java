package org.lodestone.review.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * Who may be assigned to review one application: exactly as many as are needed, each an active
 * reviewer, none a member of the applicant's organization, none assigned to it before (whether they
 * conflicted, were removed after a deadline or reviewed it).
 */
public record ReviewerAssignment(
    long applicantOrganization, Set<String> assignedBefore, int needed) {

  /** Whether a person may be offered as a reviewer of the application. */
  public boolean mayReview(UserAccount account) {
    return refusal(account, account.username()).isEmpty();
  }

  /** Checks the chosen reviewers; every violation at once. */
  public void check(List<String> names, Function<String, Optional<UserAccount>> accounts) {
    List<String> chosen = names == null ? List.of() : names;
    List<Violation> violations = new ArrayList<>();
    if (needed <= 0) {
      violations.add(new Violation("reviewers", "the application already has all its reviewers"));
    } else if (chosen.size() != needed) {
      violations.add(
          new Violation(
              "reviewers",
              "exactly "
                  + needed
                  + " reviewer(s) must be assigned; "
                  + chosen.size()
                  + " were given"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < chosen.size(); i++) {
      String name = chosen.get(i);
      Optional<String> refusal =
          name == null
              ? Optional.of("is not an active reviewer")
              : accounts
                  .apply(name)
                  .map(a -> refusal(a, name))
                  .orElse(Optional.of("'" + name + "' is not an active reviewer"));
      if (refusal.isEmpty() && !seen.add(name)) {
        refusal = Optional.of(name + " is listed twice");
      }
      String field = "reviewers[" + i + "]";
      refusal.ifPresent(message -> violations.add(new Violation(field, message)));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
  }

  private Optional<String> refusal(UserAccount account, String name) {
    if (!account.active() || !account.roles().contains(Role.REVIEWER)) {
      return Optional.of("'" + name + "' is not an active reviewer");
    }
    if (account.organizationId().filter(o -> o == applicantOrganization).isPresent()) {
      return Optional.of(name + " belongs to the applicant's organization and cannot review it");
    }
    if (assignedBefore.contains(name)) {
      return Optional.of(name + " has already been assigned to this application");
    }
    return Optional.empty();
  }
}
