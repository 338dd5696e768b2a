package org.lodestone.reporting.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lodestone.reporting.domain.FinancialReport;

/** An award's SF-425 lines 10a-10k as a one-page PDF. */
public final class FinancialReportPdf {

  private static final float MARGIN = 56;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a z");

  private FinancialReportPdf() {}

  public static byte[] of(
      FinancialReport r, String awardNumber, String recipient, String uei, ZoneId zone) {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Federal Financial Report (SF-425) " + awardNumber + " to " + r.periodEnd());
      info.setAuthor("Lodestone");
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      float right = PDRectangle.LETTER.getWidth() - MARGIN;
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        float[] y = {PDRectangle.LETTER.getHeight() - MARGIN};
        Text text =
            (font, size, x, value) -> {
              out.beginText();
              out.setFont(font, size);
              out.newLineAtOffset(x, y[0]);
              out.showText(value);
              out.endText();
            };
        text.at(bold, 15, MARGIN, "Federal Financial Report (SF-425)");
        y[0] -= 22;
        text.at(
            regular,
            10,
            MARGIN,
            "Award " + awardNumber + " - " + ascii(recipient) + " (UEI " + uei + ")");
        y[0] -= 15;
        text.at(regular, 10, MARGIN, "Reporting period end: " + r.periodEnd() + ". Cash basis.");
        y[0] -= 28;
        text.at(bold, 10, MARGIN, "Line");
        text.at(bold, 10, MARGIN + 40, "Item");
        String heading = "Amount (USD)";
        text.at(bold, 10, right - bold.getStringWidth(heading) / 1000 * 10, heading);
        for (FinancialReport.Line line : r.lines()) {
          y[0] -= 20;
          String amount = line.amount().formatted();
          PDType1Font font = line.total() ? bold : regular;
          text.at(font, 10, MARGIN, line.number());
          text.at(font, 10, MARGIN + 40, line.label());
          text.at(font, 10, right - font.getStringWidth(amount) / 1000 * 10, amount);
        }
        y[0] -= 34;
        text.at(
            regular,
            8,
            MARGIN,
            "Computed by Lodestone from the award's ledger and its payment requests' cost share, "
                + WHEN.format(Instant.now().atZone(zone))
                + ".");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Text {
    void at(PDType1Font font, float size, float x, String value) throws IOException;
  }

  /** The standard fonts cover Latin-1 only. */
  private static String ascii(String text) {
    return text == null ? "" : text.replaceAll("[^\\x20-\\x7E\\xA0-\\xFF]", "?");
  }
}
