package org.lodestone.award.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lodestone.shared.Money;

/**
 * Award terms as JSON, for what must keep the terms exactly as they were (versions, proposed
 * amendments), and as a flat map of fields ({@code budgetPeriods[2].amount}) for field-by-field
 * differences between versions.
 */
public final class TermsJson {

  private TermsJson() {}

  public static String write(AwardTerms t) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    put(o, "obligatedAmount", t.obligatedAmount());
    put(o, "costSharePercent", t.costSharePercent());
    put(o, "start", t.start());
    put(o, "end", t.end());
    put(o, "paymentMethod", t.paymentMethod());
    put(o, "maximumMonthlyDraw", t.maximumMonthlyDraw());
    JsonArrayBuilder periods = Json.createArrayBuilder();
    for (BudgetPeriodTerms p : t.budgetPeriods()) {
      JsonObjectBuilder po = Json.createObjectBuilder().add("number", p.number());
      put(po, "start", p.start());
      put(po, "end", p.end());
      put(po, "amount", p.amount());
      periods.add(po);
    }
    o.add("budgetPeriods", periods);
    JsonArrayBuilder milestones = Json.createArrayBuilder();
    for (MilestoneTerms m : t.milestones()) {
      JsonObjectBuilder mo = Json.createObjectBuilder();
      if (m.id() != null) {
        mo.add("id", m.id());
      }
      put(mo, "title", m.title());
      put(mo, "deliverable", m.deliverable());
      mo.add("budgetPeriod", m.budgetPeriod());
      put(mo, "dueDate", m.dueDate());
      put(mo, "amount", m.amount());
      JsonArrayBuilder permits = Json.createArrayBuilder();
      m.permitIds().forEach(permits::add);
      mo.add("permitIds", permits);
      mo.add("engineerCertification", m.engineerCertification());
      milestones.add(mo);
    }
    o.add("milestones", milestones);
    return o.build().toString();
  }

  public static AwardTerms read(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    List<BudgetPeriodTerms> periods = new ArrayList<>();
    for (JsonValue value : o.getJsonArray("budgetPeriods")) {
      JsonObject p = value.asJsonObject();
      periods.add(
          new BudgetPeriodTerms(
              p.getInt("number"), date(p, "start"), date(p, "end"), money(p, "amount")));
    }
    List<MilestoneTerms> milestones = new ArrayList<>();
    for (JsonValue value : o.getJsonArray("milestones")) {
      JsonObject m = value.asJsonObject();
      JsonArray permits = m.getJsonArray("permitIds");
      List<Long> permitIds = new ArrayList<>();
      permits.getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> permitIds.add(n.longValue()));
      milestones.add(
          new MilestoneTerms(
              m.containsKey("id") ? m.getJsonNumber("id").longValue() : null,
              m.getString("title", null),
              m.getString("deliverable", null),
              m.getInt("budgetPeriod"),
              date(m, "dueDate"),
              money(m, "amount"),
              permitIds,
              m.getBoolean("engineerCertification")));
    }
    String method = o.getString("paymentMethod", null);
    return new AwardTerms(
        money(o, "obligatedAmount"),
        o.containsKey("costSharePercent") ? new BigDecimal(o.getString("costSharePercent")) : null,
        date(o, "start"),
        date(o, "end"),
        method == null ? null : PaymentMethod.valueOf(method),
        money(o, "maximumMonthlyDraw"),
        periods,
        milestones);
  }

  /**
   * The terms as fields and their values in words: {@code obligatedAmount}, {@code
   * budgetPeriods[1].end}, {@code milestones[2].amount} (budget periods by number, milestones by
   * their place in the list, from 1).
   */
  public static Map<String, String> fields(AwardTerms t) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("obligatedAmount", text(t.obligatedAmount()));
    f.put("costSharePercent", text(t.costSharePercent()));
    f.put("periodOfPerformance.start", text(t.start()));
    f.put("periodOfPerformance.end", text(t.end()));
    f.put("paymentMethod", text(t.paymentMethod()));
    f.put("maximumMonthlyDraw", text(t.maximumMonthlyDraw()));
    for (BudgetPeriodTerms p : t.budgetPeriods()) {
      String k = "budgetPeriods[" + p.number() + "].";
      f.put(k + "start", text(p.start()));
      f.put(k + "end", text(p.end()));
      f.put(k + "amount", text(p.amount()));
    }
    int i = 1;
    for (MilestoneTerms m : t.milestones()) {
      String k = "milestones[" + i++ + "].";
      f.put(k + "title", m.title());
      f.put(k + "deliverable", m.deliverable());
      f.put(k + "budgetPeriod", String.valueOf(m.budgetPeriod()));
      f.put(k + "dueDate", text(m.dueDate()));
      f.put(k + "amount", text(m.amount()));
      f.put(k + "permitIds", m.permitIds().toString());
      f.put(k + "engineerCertification", String.valueOf(m.engineerCertification()));
    }
    return f;
  }

  /** The fields that differ, as {@code [{field, before, after}]}. */
  public static List<Map<String, String>> diff(AwardTerms before, AwardTerms after) {
    Map<String, String> b = before == null ? Map.of() : fields(before);
    Map<String, String> a = fields(after);
    List<Map<String, String>> changes = new ArrayList<>();
    java.util.Set<String> keys = new java.util.LinkedHashSet<>(b.keySet());
    keys.addAll(a.keySet());
    for (String key : keys) {
      String was = b.get(key);
      String now = a.get(key);
      if (!java.util.Objects.equals(was, now)) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("field", key);
        change.put("before", was);
        change.put("after", now);
        changes.add(change);
      }
    }
    return changes;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Money money) {
      return money.amount().toPlainString();
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  private static void put(JsonObjectBuilder o, String key, Object value) {
    if (value != null) {
      o.add(key, text(value));
    }
  }

  private static LocalDate date(JsonObject o, String key) {
    String s = o.getString(key, null);
    return s == null ? null : LocalDate.parse(s);
  }

  private static Money money(JsonObject o, String key) {
    String s = o.getString(key, null);
    return s == null ? null : Money.of(s);
  }
}
