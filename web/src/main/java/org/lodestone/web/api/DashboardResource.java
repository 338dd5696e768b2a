package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.lodestone.reporting.application.ProgramDashboard;
import org.lodestone.shared.RuleViolationException;

/** The program dashboard's figures (agency staff and auditors), for one opportunity or all. */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject private ProgramDashboard dashboard;

  public record Stage(long opportunityId, String status, long applications) {}

  public record Funds(
      long opportunityId,
      String number,
      String available,
      String obligated,
      String pending,
      String free) {}

  public record Month(String month, String disbursed, String planned) {}

  public record Capacity(String mineral, String topicArea, BigDecimal funded, BigDecimal built) {}

  public record Age(int fromDays, Integer toDays, long requests, String amount) {}

  public record DashboardView(
      Long opportunityId,
      String authority,
      List<Stage> pipeline,
      List<Funds> funds,
      List<Month> drawdown,
      List<Capacity> capacity,
      ProgramDashboard.Permits permits,
      List<Age> paymentAges) {}

  @GET
  public DashboardView get(@QueryParam("opportunityId") String opportunityId) {
    Long o = null;
    if (opportunityId != null && !opportunityId.isBlank()) {
      if (!opportunityId.strip().matches("\\d{1,18}")) {
        throw new RuleViolationException("opportunityId", "must be an opportunity's id");
      }
      o = Long.valueOf(opportunityId.strip());
    }
    return new DashboardView(
        o,
        Fields.money(dashboard.authority()),
        dashboard.pipeline(o).stream()
            .map(s -> new Stage(s.opportunityId(), s.status().name(), s.applications()))
            .toList(),
        dashboard.funds(o).stream()
            .map(
                f ->
                    new Funds(
                        f.opportunityId(),
                        f.number(),
                        Fields.money(f.available()),
                        Fields.money(f.obligated()),
                        Fields.money(f.pending()),
                        Fields.money(f.free())))
            .toList(),
        dashboard.drawdown(o).stream()
            .map(
                m ->
                    new Month(
                        m.month().toString(),
                        Fields.money(m.disbursed()),
                        Fields.money(m.planned())))
            .toList(),
        dashboard.capacity(o).stream()
            .map(c -> new Capacity(c.mineral(), c.topicArea(), c.funded(), c.built()))
            .toList(),
        dashboard.permits(o),
        dashboard.paymentAges(o).stream()
            .map(
                a ->
                    new Age(
                        a.fromDays(),
                        a.toDays() == Integer.MAX_VALUE ? null : a.toDays(),
                        a.requests(),
                        Fields.money(a.amount())))
            .toList());
  }
}
