package org.lodestone.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the container's caller into a {@link Caller}. Roles come from the container (so they
 * keep working when an OIDC provider replaces the JDBC realm); the organization from our tables.
 */
@PermitAll
@Stateless
@DeclareRoles({
  "APPLICANT",
  "PROGRAM_OFFICER",
  "REVIEWER",
  "PERMITTING_SPECIALIST",
  "SELECTING_OFFICIAL",
  "FINANCE_OFFICER",
  "INDEPENDENT_ENGINEER",
  "AUDITOR",
  "ADMIN"
})
public class CallerService {

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;

  public Caller current() {
    Principal principal = context.getCallerPrincipal();
    if (principal == null || UserAccount.RESERVED.contains(principal.getName())) {
      // no person: the container's unauthenticated identity. No account may carry its name
      // (UserAccount refuses it and the realm's query never authenticates it).
      return Caller.SYSTEM;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    UserAccount account = em.find(UserAccount.class, principal.getName());
    Optional<Long> organization = account == null ? Optional.empty() : account.organizationId();
    String fullName = account == null ? principal.getName() : account.fullName();
    return new Caller(principal.getName(), fullName, roles, organization);
  }

  public Optional<UserAccount> account(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username));
  }

  /** The active accounts that hold a role, by username. */
  public List<UserAccount> holdersOf(Role role) {
    return em.createQuery(
            "select u from UserAccount u join u.roles r where r = :role and u.active = true"
                + " order by u.username",
            UserAccount.class)
        .setParameter("role", role)
        .getResultList();
  }

  /** The active members of an applicant organization, by username. */
  public List<UserAccount> membersOf(long organizationId) {
    return em.createQuery(
            "select u from UserAccount u where u.organizationId = :organization"
                + " and u.active = true order by u.username",
            UserAccount.class)
        .setParameter("organization", organizationId)
        .getResultList();
  }
}
