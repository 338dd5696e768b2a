package org.lodestone.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;
import org.lodestone.identity.UserAccount;
import org.lodestone.organization.domain.Organization;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.SubjectKind;

/**
 * A person the agency's OpenID Connect provider signed in (ADR 0012). The provider says who they
 * are, which roles they hold and, for an applicant, which organization they act for (by its UEI);
 * Lodestone admits them only with an active account of that name, at least one of its roles and,
 * for an applicant, an organization it knows. The account then follows the token: its roles and
 * organization are rewritten when the token says otherwise (audited), so that assignment and
 * notices, which read accounts, agree with what the person may do.
 */
@Stateless
@PermitAll
public class ProviderSignIn {

  /** Whether the server signs people in this way: the system property configure-oidc.cli sets. */
  public static boolean on() {
    return Boolean.getBoolean("lodestone.single-sign-on");
  }

  /** The claim that names an applicant's organization by its SAM.gov Unique Entity ID. */
  public static final String ORGANIZATION_CLAIM = "organization_uei";

  @PersistenceContext private EntityManager em;
  @Inject private CallerService callers;
  @Inject private AuditTrail audit;

  /**
   * Admits the caller, whose roles the container took from the token, acting for the organization
   * the token's {@value #ORGANIZATION_CLAIM} claim names (null when it has none).
   *
   * @throws ForbiddenException saying why the person may not use Lodestone
   */
  public void admit(String username, String organizationUei) {
    var caller = callers.current();
    if (!caller.username().equals(username)) {
      // the application tier must act as the person the web tier signed in, never as the system
      throw new ForbiddenException(
          "the sign-in did not reach the application; the server's single sign-on set-up is"
              + " incomplete (docs/adr/0012-single-sign-on.md)");
    }
    Set<Role> roles = caller.roles();
    UserAccount known = em.find(UserAccount.class, username);
    if (known == null || !known.active()) {
      throw new ForbiddenException(
          "the identity provider signed you in, but Lodestone has no active account for you: ask"
              + " the program's administrator for one");
    }
    if (roles.isEmpty()) {
      throw new ForbiddenException(
          "your sign-in carries none of Lodestone's roles: ask the agency to grant you one");
    }
    Long organization = null;
    if (roles.contains(Role.APPLICANT)) {
      organization =
          organizationOf(organizationUei)
              .orElseThrow(
                  () ->
                      new ForbiddenException(
                          "your sign-in names no organization registered with Lodestone (claim "
                              + ORGANIZATION_CLAIM
                              + "): ask your organization's administrator"));
    }
    if (!known.roles().equals(roles)
        || !Objects.equals(known.organizationId().orElse(null), organization)) {
      follow(username, roles, organization);
    }
  }

  private Optional<Long> organizationOf(String uei) {
    if (uei == null || !Organization.isValidUei(uei)) {
      return Optional.empty();
    }
    return em.createQuery("select o.id from Organization o where o.uei = :uei", Long.class)
        .setParameter("uei", uei)
        .getResultStream()
        .findFirst();
  }

  /** Rewrites the account as the token says, once however many requests arrive at once. */
  private void follow(String username, Set<Role> roles, Long organization) {
    UserAccount account = em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
    Set<Role> was = account.roles();
    Optional<Long> wasOrganization = account.organizationId();
    if (was.equals(roles) && Objects.equals(wasOrganization.orElse(null), organization)) {
      return;
    }
    account.followProvider(EnumSet.copyOf(roles), organization);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("roles", roles.stream().map(Role::name).sorted().toList());
    data.put("rolesBefore", was.stream().map(Role::name).sorted().toList());
    data.put("organization", organization == null ? "" : organization);
    data.put("organizationBefore", wasOrganization.map(Object::toString).orElse(""));
    audit.record(SubjectKind.USER, username, "AccountFollowedIdentityProvider", data);
  }
}
