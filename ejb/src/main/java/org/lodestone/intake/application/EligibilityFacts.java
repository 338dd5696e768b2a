package org.lodestone.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.infrastructure.ApplicationRepository;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.FeocStatus;
import org.lodestone.organization.domain.Organization;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.FundingOpportunity;
import org.lodestone.shared.ProgramClock;

/**
 * The facts the eligibility rules (DMN {@code application-eligibility}) decide on, computed from
 * the application, its organization and its opportunity. Money is passed in whole cents and
 * percentages in basis points, so every comparison is exact.
 */
@Stateless
@PermitAll
public class EligibilityFacts {

  public static final String DECISION = "application-eligibility";

  @Inject private ApplicationRepository applications;
  @Inject private OrganizationService organizations;
  @Inject private OpportunityService opportunities;
  @Inject private ProgramClock clock;

  public Map<String, Object> of(long applicationId) {
    Application a = applications.get(applicationId);
    Organization organization = organizations.require(a.organizationId());
    FundingOpportunity opportunity = opportunities.require(a.opportunityId());
    ApplicationDetails d = a.details();
    Map<String, Object> facts = new HashMap<>();
    facts.put("organizationRegistered", Organization.isValidUei(organization.uei()));
    facts.put(
        "foreignEntityOfConcern",
        organization.feocStatus() == FeocStatus.FOREIGN_ENTITY_OF_CONCERN);
    facts.put(
        "opportunityOpen",
        a.firstSubmittedAt() != null
            && opportunity.acceptsSubmissionsOn(clock.dateOf(a.firstSubmittedAt())));
    facts.put("mineralsEligible", opportunity.eligibleMinerals().containsAll(d.minerals()));
    facts.put(
        "topicOffered", d.topicArea() != null && opportunity.topicAreas().contains(d.topicArea()));
    facts.put("federalAmountCents", cents(d.federalAmountRequested()));
    facts.put("minAwardCents", cents(opportunity.minAward().amount()));
    facts.put("maxAwardCents", cents(opportunity.maxAward().amount()));
    BigDecimal share = d.costSharePercent();
    facts.put(
        "costShareBasisPoints", share == null ? 0L : share.movePointRight(2).longValueExact());
    facts.put(
        "minCostShareBasisPoints", opportunity.minCostSharePercent().movePointRight(2).longValue());
    return facts;
  }

  private static long cents(BigDecimal amount) {
    return amount == null ? 0L : amount.movePointRight(2).longValueExact();
  }
}
