package org.lodestone.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.intake.domain.BudgetCategory;
import org.lodestone.intake.domain.BudgetLine;
import org.lodestone.intake.domain.PermitType;
import org.lodestone.intake.domain.PlannedPermit;
import org.lodestone.intake.domain.ProjectStage;
import org.lodestone.intake.domain.Site;
import org.lodestone.program.domain.TopicArea;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * Body of creating or replacing a draft; any field may be missing in a draft. Codes and dates
 * arrive as text so that a wrong one is reported by field, not as unreadable JSON.
 */
public record ApplicationRequest(
    Long opportunityId,
    String title,
    String summary,
    String topicArea,
    List<String> minerals,
    SiteBody site,
    String projectStage,
    BigDecimal capacityTonnesPerYear,
    Integer jobsCreated,
    BigDecimal totalProjectCost,
    BigDecimal federalAmountRequested,
    BigDecimal costShareCash,
    BigDecimal costShareInKind,
    String startDate,
    String endDate,
    List<PermitBody> permits,
    List<BudgetBody> budget,
    Boolean ownershipCertified,
    Long version) {

  public record SiteBody(String state, String county, BigDecimal latitude, BigDecimal longitude) {}

  public record PermitBody(String type, String agency, String expectedDate) {}

  public record BudgetBody(String category, BigDecimal amount) {}

  ApplicationDetails details() {
    List<Violation> v = new ArrayList<>();
    TopicArea topic = Fields.code(v, "topicArea", topicArea, TopicArea.class);
    ProjectStage stage = Fields.code(v, "projectStage", projectStage, ProjectStage.class);
    LocalDate start = Fields.date(v, "startDate", startDate);
    LocalDate end = Fields.date(v, "endDate", endDate);
    Set<String> codes = new TreeSet<>();
    if (minerals != null) {
      minerals.stream()
          .filter(m -> m != null && !m.isBlank())
          .map(String::strip)
          .forEach(codes::add);
    }
    List<PlannedPermit> plannedPermits = new ArrayList<>();
    if (permits != null) {
      for (int i = 0; i < permits.size(); i++) {
        PermitBody p = permits.get(i) == null ? new PermitBody(null, null, null) : permits.get(i);
        plannedPermits.add(
            new PlannedPermit(
                Fields.code(v, "permits[" + i + "].type", p.type(), PermitType.class),
                p.agency() == null || p.agency().isBlank() ? null : p.agency().strip(),
                Fields.date(v, "permits[" + i + "].expectedDate", p.expectedDate())));
      }
    }
    List<BudgetLine> lines = new ArrayList<>();
    if (budget != null) {
      for (int i = 0; i < budget.size(); i++) {
        BudgetBody b = budget.get(i) == null ? new BudgetBody(null, null) : budget.get(i);
        lines.add(
            new BudgetLine(
                Fields.code(v, "budget[" + i + "].category", b.category(), BudgetCategory.class),
                b.amount()));
      }
    }
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    SiteBody s = site == null ? new SiteBody(null, null, null, null) : site;
    return new ApplicationDetails(
        title,
        summary,
        topic,
        codes,
        new Site(s.state(), s.county(), s.latitude(), s.longitude()),
        stage,
        capacityTonnesPerYear,
        jobsCreated,
        totalProjectCost,
        federalAmountRequested,
        costShareCash,
        costShareInKind,
        start,
        end,
        plannedPermits,
        lines);
  }

  boolean certified() {
    return Boolean.TRUE.equals(ownershipCertified);
  }
}
