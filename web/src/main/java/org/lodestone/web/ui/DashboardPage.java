package org.lodestone.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.reporting.application.ProgramDashboard;
import org.lodestone.shared.Money;
import org.primefaces.event.ItemSelectEvent;

/**
 * The program dashboard: six charts, each with its figures in a table beneath (for screen readers
 * and keyboards) and each opening the list behind it, for the whole program or one opportunity.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Chart colours with at least 3:1 contrast against white (WCAG 1.4.11). */
  private static final String[] COLOURS = {
    "#1f3a68", "#b07d00", "#2e7d4f", "#5b3fa8", "#0b6e8a", "#6b4e16", "#4a5566", "#5d6b1e"
  };

  /** Kept for what is late or missed. */
  private static final String RED = "#a12622";

  @Inject private transient ProgramDashboard dashboard;
  @Inject private transient Formats fmt;

  private Long opportunity;
  private transient List<ProgramDashboard.Opportunity> opportunities;
  private transient List<ProgramDashboard.Stage> pipeline;
  private transient List<ProgramDashboard.Funds> funds;
  private transient List<ProgramDashboard.Month> drawdown;
  private transient List<ProgramDashboard.Capacity> capacity;
  private transient ProgramDashboard.Permits permits;
  private transient List<ProgramDashboard.Age> ages;
  private transient Money authority;

  public void load() {
    opportunities = dashboard.opportunities();
    pipeline = dashboard.pipeline(opportunity);
    funds = dashboard.funds(opportunity);
    drawdown = dashboard.drawdown(opportunity);
    capacity = dashboard.capacity(opportunity);
    permits = dashboard.permits(opportunity);
    ages = dashboard.paymentAges(opportunity);
    authority = dashboard.authority();
  }

  /** The stages in the pipeline chart, in lifecycle order, that hold any application. */
  public List<ApplicationStatus> getStages() {
    return ProgramDashboard.STAGES.stream()
        .filter(s -> pipeline.stream().anyMatch(p -> p.status() == s))
        .toList();
  }

  public long applications(ApplicationStatus stage) {
    return pipeline.stream()
        .filter(p -> p.status() == stage)
        .mapToLong(ProgramDashboard.Stage::applications)
        .sum();
  }

  private String number(long opportunityId) {
    return opportunities.stream()
        .filter(o -> o.id() == opportunityId)
        .map(ProgramDashboard.Opportunity::number)
        .findFirst()
        .orElse(String.valueOf(opportunityId));
  }

  /** Applications by opportunity, stacked by stage. */
  public String getPipelineChart() {
    List<Long> ids =
        pipeline.stream().map(ProgramDashboard.Stage::opportunityId).distinct().toList();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    List<ApplicationStatus> stages = getStages();
    for (int i = 0; i < stages.size(); i++) {
      ApplicationStatus stage = stages.get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (long id : ids) {
        data.add(
            pipeline.stream()
                .filter(p -> p.opportunityId() == id && p.status() == stage)
                .mapToLong(ProgramDashboard.Stage::applications)
                .sum());
      }
      datasets.add(dataset(stage.label(), data, i));
    }
    return bar(labels(ids, this::number), datasets, true, false);
  }

  /** Each opportunity's funds: obligated, held by selections, free. */
  public String getFundsChart() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    datasets.add(dataset("Obligated", amounts(funds, ProgramDashboard.Funds::obligated), 0));
    datasets.add(
        dataset("Selected, not yet accepted", amounts(funds, ProgramDashboard.Funds::pending), 1));
    datasets.add(dataset("Free to select", amounts(funds, ProgramDashboard.Funds::free), 2));
    return bar(labels(funds, ProgramDashboard.Funds::number), datasets, true, true);
  }

  /** Cumulative disbursements against the cumulative milestone plan, by month. */
  public String getDrawdownChart() {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    datasets.add(
        dataset("Disbursed", amounts(drawdown, ProgramDashboard.Month::disbursed), 0)
            .add("fill", false));
    datasets.add(
        dataset("Milestone plan", amounts(drawdown, ProgramDashboard.Month::planned), 1)
            .add("fill", false)
            .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
    return chart("line", labels(drawdown, m -> m.month().toString()), datasets, false, true);
  }

  /** Capacity funded and built by mineral, stacked by topic area (processing against recycling). */
  public String getCapacityChart() {
    List<String> minerals =
        capacity.stream().map(ProgramDashboard.Capacity::mineral).distinct().toList();
    List<String> areas =
        capacity.stream().map(ProgramDashboard.Capacity::topicArea).distinct().toList();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < areas.size(); i++) {
      String area = areas.get(i);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (String mineral : minerals) {
        data.add(
            capacity.stream()
                .filter(c -> c.mineral().equals(mineral) && c.topicArea().equals(area))
                .map(ProgramDashboard.Capacity::funded)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
      }
      datasets.add(dataset("Funded, " + fmt.words(area).toLowerCase(), data, i));
    }
    JsonArrayBuilder built = Json.createArrayBuilder();
    for (String mineral : minerals) {
      built.add(
          capacity.stream()
              .filter(c -> c.mineral().equals(mineral))
              .map(ProgramDashboard.Capacity::built)
              .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    datasets.add(dataset("Built so far (accepted reports)", built, 6).add("stack", "built"));
    return bar(labels(minerals, fmt::words), datasets, true, false);
  }

  public String getPermitsChart() {
    JsonArrayBuilder data =
        Json.createArrayBuilder()
            .add(permits.missed())
            .add(permits.dueIn30Days())
            .add(permits.paused());
    JsonArrayBuilder colours = Json.createArrayBuilder().add(RED).add(COLOURS[1]).add(COLOURS[3]);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", "Permits")
                    .add("data", data)
                    .add("backgroundColor", colours));
    return bar(
        Json.createArrayBuilder().add("Missed target date").add("Due in 30 days").add("Paused"),
        datasets,
        false,
        false);
  }

  public String getAgesChart() {
    JsonArrayBuilder data = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    ages.forEach(
        a -> {
          data.add(a.requests());
          colours.add(a.late() ? RED : COLOURS[0]);
        });
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", "Payment requests")
                    .add("data", data)
                    .add("backgroundColor", colours));
    return bar(labels(ages, ProgramDashboard.Age::label), datasets, false, false);
  }

  /** A chart's bar or point chosen: the list behind it. */
  public void openPipeline(ItemSelectEvent e) throws IOException {
    open("/app/applications.xhtml?status=" + getStages().get(e.getDataSetIndex()).name());
  }

  public void openFunds(ItemSelectEvent e) throws IOException {
    open("/app/opportunity.xhtml?id=" + funds.get(e.getItemIndex()).opportunityId());
  }

  public void openPermits(ItemSelectEvent e) throws IOException {
    open(
        "/app/permitting.xhtml?watch="
            + List.of("MISSED", "DUE_IN_30_DAYS", "PAUSED").get(e.getItemIndex()));
  }

  public void openPayments(ItemSelectEvent e) throws IOException {
    open("/app/disbursements.xhtml");
  }

  public void openAwards(ItemSelectEvent e) throws IOException {
    open("/app/awards.xhtml");
  }

  private static void open(String page) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context
        .getExternalContext()
        .redirect(context.getExternalContext().getRequestContextPath() + page);
  }

  private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    items.forEach(i -> labels.add(label.apply(i)));
    return labels;
  }

  private static <T> JsonArrayBuilder amounts(List<T> items, Function<T, Money> amount) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    items.forEach(i -> data.add(amount.apply(i).amount()));
    return data;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int colour) {
    String c = COLOURS[colour % COLOURS.length];
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", c)
        .add("borderColor", c);
  }

  private static String bar(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked, boolean dollars) {
    return chart("bar", labels, datasets, stacked, dollars);
  }

  private static String chart(
      String type,
      JsonArrayBuilder labels,
      JsonArrayBuilder datasets,
      boolean stacked,
      boolean dollars) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
    JsonObjectBuilder y =
        Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
    if (dollars) {
      y.add("title", Json.createObjectBuilder().add("display", true).add("text", "US dollars"));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("x", axis).add("y", y))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  /** The figures' totals for the stat tiles. */
  public Map<String, Money> getTotals() {
    Map<String, Money> t = new TreeMap<>();
    t.put("authority", authority);
    t.put(
        "obligated",
        funds.stream().map(ProgramDashboard.Funds::obligated).reduce(Money.ZERO, Money::plus));
    t.put(
        "disbursed",
        drawdown.isEmpty() ? Money.ZERO : drawdown.get(drawdown.size() - 1).disbursed());
    return t;
  }

  public List<ProgramDashboard.Opportunity> getOpportunities() {
    return opportunities;
  }

  public List<ProgramDashboard.Funds> getFunds() {
    return funds;
  }

  public List<ProgramDashboard.Month> getDrawdown() {
    return drawdown;
  }

  /** The months in which something was disbursed or planned (the table skips the quiet ones). */
  public List<ProgramDashboard.Month> getDrawdownChanges() {
    List<ProgramDashboard.Month> changes = new java.util.ArrayList<>();
    ProgramDashboard.Month previous = null;
    for (ProgramDashboard.Month m : drawdown) {
      if (previous == null
          || !m.disbursed().equals(previous.disbursed())
          || !m.planned().equals(previous.planned())) {
        changes.add(m);
      }
      previous = m;
    }
    return changes;
  }

  public List<ProgramDashboard.Capacity> getCapacity() {
    return capacity;
  }

  public ProgramDashboard.Permits getPermits() {
    return permits;
  }

  public List<ProgramDashboard.Age> getAges() {
    return ages;
  }

  public Long getOpportunity() {
    return opportunity;
  }

  public void setOpportunity(Long opportunity) {
    this.opportunity = opportunity;
  }
}
