package org.lodestone.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lodestone.identity.PasswordHash;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

class ReviewerAssignmentTest {

  private static final long APPLICANT_ORGANIZATION = 7;
  private static Map<String, UserAccount> people;

  @BeforeAll
  static void people() {
    PasswordHash password = PasswordHash.of("secret".toCharArray());
    UserAccount insider =
        new UserAccount("ian", "Ian", null, password, EnumSet.of(Role.APPLICANT, Role.REVIEWER));
    insider.joinOrganization(APPLICANT_ORGANIZATION);
    people =
        Map.of(
            "rita", new UserAccount("rita", "Rita", null, password, EnumSet.of(Role.REVIEWER)),
            "ravi", new UserAccount("ravi", "Ravi", null, password, EnumSet.of(Role.REVIEWER)),
            "rosa", new UserAccount("rosa", "Rosa", null, password, EnumSet.of(Role.REVIEWER)),
            "alice", new UserAccount("alice", "Alice", null, password, EnumSet.of(Role.APPLICANT)),
            "ian", insider);
  }

  private static void check(ReviewerAssignment rules, List<String> names) {
    rules.check(names, name -> Optional.ofNullable(people.get(name)));
  }

  private static List<Violation> refusals(ReviewerAssignment rules, List<String> names) {
    try {
      check(rules, names);
      return List.of();
    } catch (RuleViolationException e) {
      return e.violations();
    }
  }

  @Test
  void exactlyTheNeededNumberOfReviewersIsAccepted() {
    ReviewerAssignment rules = new ReviewerAssignment(APPLICANT_ORGANIZATION, Set.of(), 2);

    check(rules, List.of("rita", "ravi"));
    assertThat(refusals(rules, List.of("rita")))
        .extracting(Violation::message)
        .containsExactly("exactly 2 reviewer(s) must be assigned; 1 were given");
  }

  @Test
  void aMemberOfTheApplicantsOrganizationCannotReviewItEvenWithTheReviewerRole() {
    ReviewerAssignment rules = new ReviewerAssignment(APPLICANT_ORGANIZATION, Set.of(), 2);

    assertThat(refusals(rules, List.of("rita", "ian")))
        .extracting(Violation::field, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "reviewers[1]",
                "ian belongs to the applicant's organization and cannot review it"));
    assertThat(rules.mayReview(people.get("ian"))).isFalse();
    assertThat(new ReviewerAssignment(99, Set.of(), 1).mayReview(people.get("ian"))).isTrue();
  }

  @Test
  void nonReviewersUnknownNamesRepeatsAndEarlierReviewersAreAllNamed() {
    ReviewerAssignment rules = new ReviewerAssignment(APPLICANT_ORGANIZATION, Set.of("rosa"), 4);

    assertThatThrownBy(() -> check(rules, List.of("alice", "nobody", "rosa", "rita", "rita")))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "reviewers",
                        "reviewers[0]",
                        "reviewers[1]",
                        "reviewers[2]",
                        "reviewers[4]"));
    assertThat(rules.mayReview(people.get("rosa"))).isFalse();
    assertThat(rules.mayReview(people.get("alice"))).isFalse();
    assertThat(rules.mayReview(people.get("rita"))).isTrue();
  }

  @Test
  void anApplicationWithAllItsReviewersTakesNoMore() {
    assertThat(
            refusals(new ReviewerAssignment(APPLICANT_ORGANIZATION, Set.of(), 0), List.of("rita")))
        .extracting(Violation::message)
        .contains("the application already has all its reviewers");
  }
}
