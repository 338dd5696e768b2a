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
  "AUDITOR",
  "ADMIN"
})
public class CallerService {

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;

  public Caller current() {
    Principal principal = context.getCallerPrincipal();
    if (principal == null || "anonymous".equals(principal.getName())) {
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
}
