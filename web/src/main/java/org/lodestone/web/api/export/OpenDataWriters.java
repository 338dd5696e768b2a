package org.lodestone.web.api.export;

import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.lodestone.reporting.application.ExportedAward;
import org.lodestone.reporting.application.Exports;

/**
 * The JSON exports in public standards, written as streams: USAspending FABS rows (one per award
 * action), an OCDS 1.1.5 release package, a 360Giving 1.4.3 grant package.
 */
final class OpenDataWriters {

  private static final DateTimeFormatter FABS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private OpenDataWriters() {}

  /**
   * One FABS row per award action: the first obligation is a new award (action type A, modification
   * 0), each later obligation or de-obligation a revision (C) with the next modification number;
   * the federal action obligation is negative for a de-obligation.
   */
  static void usaspending(Exports exports, OutputStream out, Publisher p, ZoneId zone) {
    try (JsonGenerator g = ExportWriters.json(out)) {
      g.writeStartArray();
      ExportWriters.eachAward(
          exports,
          a -> {
            int modification = 0;
            for (ExportedAward.Entry e : a.ledger()) {
              boolean obligation = e.type().equals("OBLIGATION");
              if (!obligation && !e.type().equals("DEOBLIGATION")) {
                continue;
              }
              fabsRow(g, a, e, modification, obligation, p, zone);
              modification++;
            }
          });
      g.writeEnd();
    }
  }

  private static void fabsRow(
      JsonGenerator g,
      ExportedAward a,
      ExportedAward.Entry e,
      int modification,
      boolean obligation,
      Publisher p,
      ZoneId zone) {
    ExportedAward.Recipient r = a.recipient();
    String zip = r.postalCode() == null ? "" : r.postalCode().replace("-", "");
    g.writeStartObject();
    g.write("action_date", e.at().atZone(zone).toLocalDate().format(FABS_DATE));
    g.write("action_type", modification == 0 ? "A" : "C");
    g.write("assistance_type", assistanceType(a.instrument()));
    text(g, "award_description", truncate(a.title(), 18000));
    text(g, "awardee_or_recipient_legal", truncate(r.legalName(), 120));
    g.write("awardee_or_recipient_uei", r.uei());
    text(g, "awarding_office_code", p.awardingOffice());
    g.write("awarding_sub_tier_agency_c", p.awardingSubTierAgency());
    g.write("award_modification_amendme", Integer.toString(modification));
    g.writeNull("business_funds_indicator");
    g.write("business_types", "R");
    g.write("assistance_listing_number", p.assistanceListing());
    g.writeNull("correction_delete_indicatr");
    g.writeNull("face_value_loan_guarantee");
    g.write("fain", a.number());
    BigDecimal amount = e.amount().amount();
    g.write("federal_action_obligation", obligation ? amount : amount.negate());
    text(g, "funding_office_code", p.awardingOffice());
    text(g, "funding_opportunity_goals", truncate(a.opportunityTitle(), 18000));
    g.write("funding_opportunity_number", a.opportunityNumber());
    g.write("funding_sub_tier_agency_co", p.awardingSubTierAgency());
    g.writeNull("indirect_federal_sharing");
    text(g, "legal_entity_address_line1", truncate(r.street(), 150));
    g.writeNull("legal_entity_address_line2");
    g.writeNull("legal_entity_congressional");
    g.write("legal_entity_country_code", "USA");
    g.writeNull("legal_entity_foreign_city");
    g.writeNull("legal_entity_foreign_posta");
    g.writeNull("legal_entity_foreign_provi");
    text(g, "legal_entity_zip5", zip.length() >= 5 ? zip.substring(0, 5) : null);
    text(g, "legal_entity_zip_last4", zip.length() == 9 ? zip.substring(5) : null);
    g.write(
        "non_federal_funding_amount",
        modification == 0 ? a.nonFederalFunding().amount() : BigDecimal.ZERO.setScale(2));
    g.writeNull("original_loan_subsidy_cost");
    g.write("period_of_performance_curr", a.end().format(FABS_DATE));
    g.write("period_of_performance_star", a.start().format(FABS_DATE));
    text(g, "place_of_performance_code", a.siteState() == null ? null : a.siteState() + "*****");
    g.writeNull("place_of_performance_congr");
    g.write("place_of_perform_country_c", "USA");
    g.writeNull("place_of_performance_forei");
    g.writeNull("place_of_performance_zip4a");
    g.write("record_type", 2);
    g.writeNull("sai_number");
    g.writeNull("uri");
    g.writeEnd();
  }

  /**
   * FABS assistance types: 04 project grant, 05 cooperative agreement, 07 direct loan, 11 other.
   */
  private static String assistanceType(String instrument) {
    return switch (instrument) {
      case "GRANT" -> "04";
      case "COOPERATIVE_AGREEMENT" -> "05";
      case "LOAN" -> "07";
      default -> "11";
    };
  }

  /** An OCDS release package: one release per award, with its contract, payments and milestones. */
  static void ocds(Exports exports, OutputStream out, Publisher p, String uri) {
    try (JsonGenerator g = ExportWriters.json(out)) {
      g.writeStartObject();
      g.write("uri", uri);
      g.write("version", "1.1");
      g.write("publishedDate", Instant.now().toString());
      g.writeStartObject("publisher").write("name", p.name()).writeEnd();
      g.writeStartArray("releases");
      ExportWriters.eachAward(exports, a -> release(g, a, p));
      g.writeEnd();
      g.writeEnd();
    }
  }

  private static void release(JsonGenerator g, ExportedAward a, Publisher p) {
    String supplier = Publisher.organizationId(a.recipient().uei());
    g.writeStartObject();
    g.write("ocid", p.ocidPrefix() + "-" + a.number());
    g.write("id", a.number() + "-" + a.ledger().size());
    g.write("date", Instant.now().toString());
    g.writeStartArray("tag").write("award").write("contract").write("implementation").writeEnd();
    g.write("initiationType", "tender");
    g.write("language", "en");
    g.writeStartArray("parties");
    g.writeStartObject()
        .write("id", supplier)
        .write("name", a.recipient().legalName())
        .writeStartObject("identifier")
        .write("scheme", "US-UEI")
        .write("id", a.recipient().uei())
        .write("legalName", a.recipient().legalName())
        .writeEnd();
    g.writeStartObject("address");
    text(g, "streetAddress", a.recipient().street());
    text(g, "locality", a.recipient().city());
    text(g, "region", a.recipient().state());
    text(g, "postalCode", a.recipient().postalCode());
    g.write("countryName", "United States").writeEnd();
    g.writeStartArray("roles").write("supplier").write("payee").writeEnd().writeEnd();
    g.writeStartObject()
        .write("id", p.funderId())
        .write("name", p.name())
        .writeStartArray("roles")
        .write("buyer")
        .write("payer")
        .writeEnd()
        .writeEnd();
    g.writeEnd();
    g.writeStartObject("buyer").write("id", p.funderId()).write("name", p.name()).writeEnd();
    g.writeStartObject("tender")
        .write("id", a.opportunityNumber())
        .write("title", a.opportunityTitle())
        .write("status", "complete")
        .writeEnd();
    g.writeStartArray("awards").writeStartObject();
    g.write("id", a.number());
    g.write("title", a.title());
    text(g, "description", a.description());
    g.write("status", "active");
    if (a.awardedAt() != null) {
      g.write("date", a.awardedAt().toString());
    }
    value(g, "value", a.obligated().amount());
    g.writeStartArray("suppliers")
        .writeStartObject()
        .write("id", supplier)
        .write("name", a.recipient().legalName())
        .writeEnd()
        .writeEnd();
    period(g, "contractPeriod", a.start(), a.end());
    g.writeEnd().writeEnd();
    g.writeStartArray("contracts").writeStartObject();
    g.write("id", a.number());
    g.write("awardID", a.number());
    g.write("title", a.title());
    g.write(
        "status",
        a.status().equals("CLOSED") || a.status().equals("TERMINATED") ? "terminated" : "active");
    period(g, "period", a.start(), a.end());
    value(g, "value", a.obligated().amount());
    g.writeStartObject("implementation").writeStartArray("transactions");
    for (ExportedAward.Entry e : a.ledger()) {
      boolean payment = e.type().equals("DISBURSEMENT");
      if (!payment && !e.type().equals("RECOVERY")) {
        continue;
      }
      g.writeStartObject();
      g.write("id", e.reference());
      g.write("date", e.at().toString());
      value(g, "value", payment ? e.amount().amount() : e.amount().amount().negate());
      party(g, payment ? "payer" : "payee", p.funderId(), p.name());
      party(g, payment ? "payee" : "payer", supplier, a.recipient().legalName());
      g.writeEnd();
    }
    g.writeEnd().writeEnd();
    g.writeStartArray("milestones");
    for (ExportedAward.Milestone m : a.milestones()) {
      g.writeStartObject();
      g.write("id", Long.toString(m.id()));
      g.write("title", m.title());
      g.write("type", "delivery");
      g.write("dueDate", m.dueDate().atStartOfDay(ZoneId.of("UTC")).toInstant().toString());
      g.write(
          "status",
          m.status().equals("ACCEPTED") || m.status().equals("PAID") ? "met" : "scheduled");
      g.writeEnd();
    }
    g.writeEnd();
    g.writeEnd().writeEnd();
    g.writeEnd();
  }

  /** A 360Giving package: one grant per award, with its disbursements. */
  static void threeSixtyGiving(Exports exports, OutputStream out, Publisher p, ZoneId zone) {
    try (JsonGenerator g = ExportWriters.json(out)) {
      g.writeStartObject();
      g.write("version", "1.4");
      g.writeStartArray("grants");
      ExportWriters.eachAward(exports, a -> grant(g, a, p, zone));
      g.writeEnd();
      g.writeEnd();
    }
  }

  private static void grant(JsonGenerator g, ExportedAward a, Publisher p, ZoneId zone) {
    g.writeStartObject();
    g.write("id", p.grantIdPrefix() + "-" + a.number());
    g.write("title", a.title());
    g.write(
        "description",
        a.description() == null || a.description().isBlank() ? a.title() : a.description());
    g.write("currency", "USD");
    g.write("amountAwarded", a.obligated().amount());
    g.write("amountDisbursed", a.disbursed().amount());
    g.write(
        "awardDate",
        (a.awardedAt() == null ? a.start() : a.awardedAt().atZone(zone).toLocalDate()).toString());
    g.writeStartArray("plannedDates")
        .writeStartObject()
        .write("startDate", a.start().toString())
        .write("endDate", a.end().toString())
        .writeEnd()
        .writeEnd();
    g.writeStartArray("recipientOrganization")
        .writeStartObject()
        .write("id", Publisher.organizationId(a.recipient().uei()))
        .write("name", a.recipient().legalName())
        .write("addressCountry", "United States")
        .writeEnd()
        .writeEnd();
    g.writeStartArray("fundingOrganization")
        .writeStartObject()
        .write("id", p.funderId())
        .write("name", p.name())
        .writeEnd()
        .writeEnd();
    g.writeStartArray("disbursementTransaction");
    for (ExportedAward.Entry e : a.ledger()) {
      if (e.type().equals("DISBURSEMENT") || e.type().equals("RECOVERY")) {
        BigDecimal amount =
            e.type().equals("DISBURSEMENT") ? e.amount().amount() : e.amount().amount().negate();
        g.writeStartObject()
            .write("id", e.reference())
            .write("transactionDate", e.at().atZone(zone).toLocalDate().toString())
            .write("currency", "USD")
            .write("value", amount)
            .writeEnd();
      }
    }
    g.writeEnd();
    g.write("dateModified", Instant.now().toString());
    g.writeEnd();
  }

  private static void value(JsonGenerator g, String name, BigDecimal amount) {
    g.writeStartObject(name).write("amount", amount).write("currency", "USD").writeEnd();
  }

  private static void party(JsonGenerator g, String role, String id, String name) {
    g.writeStartObject(role).write("id", id).write("name", name).writeEnd();
  }

  private static void period(JsonGenerator g, String name, LocalDate start, LocalDate end) {
    g.writeStartObject(name)
        .write("startDate", start.atStartOfDay(ZoneId.of("UTC")).toInstant().toString())
        .write("endDate", end.atStartOfDay(ZoneId.of("UTC")).toInstant().toString())
        .writeEnd();
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
