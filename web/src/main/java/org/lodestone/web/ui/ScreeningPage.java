package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.AttachmentKind;
import org.lodestone.intake.domain.ScreeningDecision;
import org.lodestone.organization.application.OrganizationService;
import org.lodestone.organization.domain.FeocStatus;
import org.lodestone.organization.domain.Organization;
import org.lodestone.workflow.intake.IntakeTasks;

/** A program officer screens a submitted application: accept, return or reject, with a reason. */
@Named
@ViewScoped
public class ScreeningPage extends ApplicationTaskPage {

  private static final long serialVersionUID = 1L;

  @Inject private transient OrganizationService organizations;

  private ScreeningDecision decision;
  private String reason;

  public String complete() {
    if (!complete(() -> new IntakeTasks.ScreenApplication(decision, reason))) {
      return null;
    }
    Messages.info(
        "Application "
            + application.number()
            + switch (decision) {
              case ACCEPT -> " accepted for merit review.";
              case RETURN -> " returned to the applicant for correction.";
              default -> " rejected as ineligible.";
            });
    return "/app/tasks.xhtml?faces-redirect=true";
  }

  /** One line of the completeness checklist. */
  public record Check(String label, boolean ok, String detail) {}

  /** What a program officer confirms before accepting, computed from the record. */
  public List<Check> getChecklist() {
    if (application == null) {
      return List.of();
    }
    ApplicationDetails d = application.details();
    Set<AttachmentKind> attached = EnumSet.noneOf(AttachmentKind.class);
    applications.attachments(application.id()).forEach(a -> attached.add(a.kind()));
    BigDecimal share = d.costSharePercent();
    Organization organization = organizations.get(application.organizationId());
    return List.of(
        new Check(
            "Technical volume and budget justification attached",
            attached.containsAll(AttachmentKind.REQUIRED),
            attached.size() + " document(s)"),
        new Check(
            "Federal amount plus cost share equals the total; budget adds up",
            d.completenessViolations().isEmpty(),
            "total " + money(d.totalProjectCost())),
        new Check(
            "Federal amount within the award range",
            d.federalAmountRequested() != null
                && d.federalAmountRequested().compareTo(opportunity.minAward().amount()) >= 0
                && d.federalAmountRequested().compareTo(opportunity.maxAward().amount()) <= 0,
            money(d.federalAmountRequested())),
        new Check(
            "Cost share at least " + opportunity.minCostSharePercent() + "%",
            share != null && share.compareTo(opportunity.minCostSharePercent()) >= 0,
            share == null ? "—" : share + "%"),
        new Check(
            "Eligibility rules passed",
            Boolean.TRUE.equals(application.eligible()),
            String.join(" ", application.eligibilityReasons())),
        new Check(
            "Ownership certified; not a foreign entity of concern",
            application.ownershipCertified() && organization.feocStatus() == FeocStatus.CLEAR,
            organization.legalName() + " (UEI " + organization.uei() + ")"));
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "—" : "$" + String.format("%,.2f", amount);
  }

  public ScreeningDecision getDecision() {
    return decision;
  }

  public void setDecision(ScreeningDecision decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
