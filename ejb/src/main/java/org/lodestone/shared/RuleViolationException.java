package org.lodestone.shared;

import java.util.List;

/** Input breaks one or more field rules; every violation is listed at once. */
public class RuleViolationException extends DomainException {

  private final List<Violation> violations;

  public RuleViolationException(List<Violation> violations) {
    super(summary(violations));
    this.violations = List.copyOf(violations);
  }

  public RuleViolationException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    if (violations.size() == 1) {
      Violation v = violations.get(0);
      return v.field() + ": " + v.message();
    }
    return violations.size() + " fields break a rule";
  }
}
