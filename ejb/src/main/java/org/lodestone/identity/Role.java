package org.lodestone.identity;

/** The roles of the program (DESIGN.md); their names are the container's role names. */
public enum Role {
  APPLICANT,
  PROGRAM_OFFICER,
  REVIEWER,
  PERMITTING_SPECIALIST,
  SELECTING_OFFICIAL,
  FINANCE_OFFICER,
  INDEPENDENT_ENGINEER,
  AUDITOR,
  ADMIN;

  /**
   * Agency staff and auditors see every organization; applicants only their own, reviewers only
   * what is assigned to them.
   */
  public boolean seesAllOrganizations() {
    return this != APPLICANT && this != REVIEWER;
  }
}
