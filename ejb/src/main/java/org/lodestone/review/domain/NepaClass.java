package org.lodestone.review.domain;

/** The level of environmental review a project needs under NEPA. */
public enum NepaClass {
  CATEX("Categorical exclusion"),
  EA("Environmental assessment"),
  EIS("Environmental impact statement");

  private final String label;

  NepaClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
