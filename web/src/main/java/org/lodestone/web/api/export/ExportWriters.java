package org.lodestone.web.api.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lodestone.reporting.application.ExportedAward;
import org.lodestone.reporting.application.Exports;

/** Writes each export as a stream, a page of rows at a time. */
final class ExportWriters {

  static final int PAGE = 200;

  private ExportWriters() {}

  /** Every award the caller may export, page by page, in id order. */
  static void eachAward(Exports exports, Consumer<ExportedAward> sink) {
    long after = 0;
    List<ExportedAward> page;
    do {
      page = exports.awards(after, PAGE);
      for (ExportedAward award : page) {
        sink.accept(award);
        after = award.id();
      }
    } while (page.size() == PAGE);
  }

  static void awardsCsv(Exports exports, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(String.join(",", AwardTable.COLUMNS.stream().map(AwardTable.Column::heading).toList()));
    w.write("\r\n");
    eachAward(
        exports,
        a -> {
          List<String> cells =
              AwardTable.COLUMNS.stream().map(c -> csvCell(c.value().apply(a))).toList();
          write(w, String.join(",", cells) + "\r\n");
        });
    w.flush();
  }

  private static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal number
        ? number.toPlainString()
        : Cells.csv(value.toString());
  }

  static void transactionsCsv(Exports exports, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(
        "entry_id,date,award_number,recipient,type,amount,reference,payment_request_id,"
            + "obligated_after,disbursed_after,recorded_by\r\n");
    long after = 0;
    List<Exports.Transaction> page;
    do {
      page = exports.transactions(after, PAGE);
      for (Exports.Transaction t : page) {
        var e = t.entry();
        w.write(
            String.join(
                    ",",
                    e.id().toString(),
                    e.at().toString(),
                    Cells.csv(t.awardNumber()),
                    Cells.csv(t.recipient()),
                    e.type().name(),
                    e.amount().amount().toPlainString(),
                    Cells.csv(e.reference()),
                    e.paymentRequestId() == null ? "" : e.paymentRequestId().toString(),
                    e.obligatedAfter().amount().toPlainString(),
                    e.disbursedAfter().amount().toPlainString(),
                    Cells.csv(e.recordedBy()))
                + "\r\n");
        after = e.id();
      }
    } while (page.size() == PAGE);
    w.flush();
  }

  /**
   * A streaming workbook: only a window of rows is in memory; the rest goes to a temporary file.
   */
  static void awardsXlsx(Exports exports, OutputStream out) throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(100);
    try {
      Sheet sheet = book.createSheet("Awards");
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      Row heading = sheet.createRow(0);
      for (int i = 0; i < AwardTable.COLUMNS.size(); i++) {
        heading.createCell(i).setCellValue(AwardTable.COLUMNS.get(i).heading());
      }
      int[] next = {1};
      eachAward(
          exports,
          a -> {
            Row row = sheet.createRow(next[0]++);
            for (int i = 0; i < AwardTable.COLUMNS.size(); i++) {
              Object value = AwardTable.COLUMNS.get(i).value().apply(a);
              Cell cell = row.createCell(i);
              if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(money);
              } else if (value instanceof LocalDate date) {
                cell.setCellValue(date.toString());
              } else if (value != null) {
                cell.setCellValue(Cells.text(value.toString()));
              }
            }
          });
      book.write(out);
    } finally {
      book.close();
    }
  }

  static JsonGenerator json(OutputStream out) {
    return Json.createGenerator(out);
  }

  private static void write(Writer w, String text) {
    try {
      w.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
