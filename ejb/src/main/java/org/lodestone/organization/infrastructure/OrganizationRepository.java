package org.lodestone.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.lodestone.organization.domain.Organization;
import org.lodestone.shared.JpaRepository;

/** Applicant organizations. */
@ApplicationScoped
public class OrganizationRepository extends JpaRepository<Organization, Long> {

  public OrganizationRepository() {
    super(Organization.class, "Organization");
  }

  /** True when another organization already has this UEI. */
  public boolean ueiTakenByAnother(String uei, long organizationId) {
    return !em.createQuery(
            "select o.id from Organization o where o.uei = :uei and o.id <> :id", Long.class)
        .setParameter("uei", uei)
        .setParameter("id", organizationId)
        .getResultList()
        .isEmpty();
  }
}
