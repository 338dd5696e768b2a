package org.lodestone.web.api.export;

import java.util.List;
import java.util.function.Function;
import org.lodestone.reporting.application.ExportedAward;

/**
 * The columns of awards.csv and awards.xlsx, once: a heading and how to read it off an award.
 * Amounts are kept apart so the spreadsheet can store them as numbers.
 */
final class AwardTable {

  private AwardTable() {}

  record Column(String heading, Function<ExportedAward, Object> value) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("award_number", ExportedAward::number),
          new Column("title", ExportedAward::title),
          new Column("recipient", a -> a.recipient().legalName()),
          new Column("recipient_uei", a -> a.recipient().uei()),
          new Column("opportunity_number", ExportedAward::opportunityNumber),
          new Column("instrument", ExportedAward::instrument),
          new Column("status", ExportedAward::status),
          new Column("obligated", a -> a.obligated().amount()),
          new Column("disbursed", a -> a.disbursed().amount()),
          new Column("remaining", a -> a.remaining().amount()),
          new Column("cost_share_percent", ExportedAward::costSharePercent),
          new Column("period_start", ExportedAward::start),
          new Column("period_end", ExportedAward::end),
          new Column("site_state", ExportedAward::siteState),
          new Column("site_county", ExportedAward::siteCounty),
          new Column("minerals", a -> String.join(" ", a.minerals())));
}
