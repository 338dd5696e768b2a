package org.lodestone.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person a request acts for. {@link #SYSTEM} is the program's own machinery (timers,
 * start-up), which acts without a person.
 */
public record Caller(
    String username, String fullName, Set<Role> roles, Optional<Long> organizationId) {

  private static final String ORGANIZATION_GROUP = "organization-";

  public static final Caller SYSTEM =
      new Caller("system", "Lodestone", EnumSet.noneOf(Role.class), Optional.empty());

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** The program's own machinery: timers, start-up, the job executor. */
  public boolean isSystem() {
    return this == SYSTEM;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Staff, auditors and the system see all organizations; an applicant only its own. */
  public boolean seesAllOrganizations() {
    return this == SYSTEM || roles.stream().anyMatch(Role::seesAllOrganizations);
  }

  public boolean mayActFor(long organizationId) {
    return seesAllOrganizations()
        || this.organizationId.filter(id -> id == organizationId).isPresent();
  }

  /**
   * The work-queue groups of this caller: its role names, and for applicants their organization's
   * group, so that any member of a company can pick up the company's tasks.
   */
  public Set<String> groups() {
    Set<String> groups = new java.util.TreeSet<>();
    roles.forEach(r -> groups.add(r.name()));
    organizationId.ifPresent(id -> groups.add(organizationGroup(id)));
    return groups;
  }

  public static String organizationGroup(long organizationId) {
    return ORGANIZATION_GROUP + organizationId;
  }

  /** The organization whose work-queue group this is, if it is one. */
  public static Optional<Long> organizationOfGroup(String group) {
    return group.startsWith(ORGANIZATION_GROUP)
        ? Optional.of(Long.parseLong(group.substring(ORGANIZATION_GROUP.length())))
        : Optional.empty();
  }
}
