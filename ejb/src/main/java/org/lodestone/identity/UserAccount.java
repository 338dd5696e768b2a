package org.lodestone.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A person who signs in: roles, and for applicants the one organization they belong to. */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id private String username;

  @Column(name = "full_name")
  private String fullName;

  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "password_salt")
  private String passwordSalt;

  @Column(name = "password_iterations")
  private int passwordIterations;

  private boolean active;

  @Column(name = "organization_id")
  private Long organizationId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /**
   * Names no account may have: the container calls an unauthenticated caller "anonymous", and the
   * program's own machinery acts as "system".
   */
  public static final Set<String> RESERVED = Set.of("anonymous", "system");

  protected UserAccount() {}

  public UserAccount(
      String username, String fullName, String email, PasswordHash password, Set<Role> roles) {
    if (username == null || !username.matches("[a-z][a-z0-9._-]{1,63}")) {
      throw new IllegalArgumentException("username must be 2-64 lower-case letters or digits");
    }
    if (RESERVED.contains(username)) {
      throw new IllegalArgumentException("username " + username + " is reserved for the system");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.username = username;
    this.fullName = fullName;
    this.email = email;
    this.roles = EnumSet.copyOf(roles);
    this.active = true;
    changePassword(password);
  }

  public void changePassword(PasswordHash password) {
    this.passwordHash = password.hash();
    this.passwordSalt = password.salt();
    this.passwordIterations = password.iterations();
  }

  /** Applicants act for exactly one organization. */
  public void joinOrganization(long organizationId) {
    if (!roles.contains(Role.APPLICANT)) {
      throw new IllegalStateException("only applicants belong to an organization");
    }
    this.organizationId = organizationId;
  }

  /**
   * Under single sign-on the identity provider holds the truth: the account takes the roles and the
   * organization (an applicant's, else none) the person's token carries.
   */
  public void followProvider(Set<Role> roles, Long organizationId) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.roles = EnumSet.copyOf(roles);
    this.organizationId = roles.contains(Role.APPLICANT) ? organizationId : null;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email).filter(e -> !e.isBlank());
  }

  public boolean active() {
    return active;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  public Optional<Long> organizationId() {
    return Optional.ofNullable(organizationId);
  }

  public PasswordHash password() {
    return new PasswordHash(passwordHash, passwordSalt, passwordIterations);
  }
}
