package org.lodestone.program.domain;

import jakarta.persistence.Embeddable;

/** A merit review criterion and its weight in percent. */
@Embeddable
public record EvaluationCriterion(String code, String name, int weight) {

  public EvaluationCriterion {
    if (code == null || code.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a criterion needs a code and a name");
    }
    if (weight < 1 || weight > 100) {
      throw new IllegalArgumentException("a criterion's weight is 1 to 100 percent");
    }
  }
}
