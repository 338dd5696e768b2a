package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.lodestone.reporting.application.ReportingService;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.RuleViolationException;

/** Federal expenditures per recipient in a fiscal year against the single-audit threshold. */
@Path("single-audit")
@Produces(MediaType.APPLICATION_JSON)
public class SingleAuditResource {

  @Inject private ReportingService reporting;
  @Inject private ProgramClock clock;

  public record Row(
      long organizationId,
      String legalName,
      String uei,
      int awards,
      String expenditures,
      boolean reachesThreshold) {}

  public record SingleAuditView(int fiscalYear, String threshold, List<Row> recipients) {}

  /** {@code fiscalYear} defaults to the current federal fiscal year. */
  @GET
  public SingleAuditView get(@QueryParam("fiscalYear") String fiscalYear) {
    int year = reporting.fiscalYearOf(clock.today());
    if (fiscalYear != null && !fiscalYear.isBlank()) {
      if (!fiscalYear.strip().matches("\\d{4}")) {
        throw new RuleViolationException("fiscalYear", "must be a year such as 2027");
      }
      year = Integer.parseInt(fiscalYear.strip());
    }
    return new SingleAuditView(
        year,
        Fields.money(reporting.singleAuditThreshold()),
        reporting.singleAudit(year).stream()
            .map(
                r ->
                    new Row(
                        r.organizationId(),
                        r.legalName(),
                        r.uei(),
                        r.awards(),
                        Fields.money(r.expenditures()),
                        r.reachesThreshold()))
            .toList());
  }
}
