package org.lodestone.award.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lodestone.award.domain.Award;
import org.lodestone.award.domain.BudgetPeriod;
import org.lodestone.award.domain.Milestone;
import org.lodestone.award.domain.SpecialCondition;

/**
 * The notice of award as a PDF: award number, recipient and UEI, amounts, period of performance,
 * budget periods, milestones, special conditions and the signature block.
 */
public final class AwardLetter {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a z");

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDDocument document = new PDDocument();
  private PDPageContentStream out;
  private float y;

  private AwardLetter() {}

  /**
   * The letter of an award, with the recipient's legal name and UEI and the program's time zone.
   */
  public static byte[] of(
      Award award,
      String recipient,
      String uei,
      String projectTitle,
      String opportunity,
      ZoneId zone) {
    AwardLetter letter = new AwardLetter();
    try {
      return letter.write(award, recipient, uei, projectTitle, opportunity, zone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(
      Award a, String recipient, String uei, String projectTitle, String opportunity, ZoneId zone)
      throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Notice of award " + a.number());
    info.setAuthor("Lodestone critical minerals program");
    newPage();
    line(bold, 16, "Notice of Award " + a.number());
    line(regular, 10, "Critical Minerals Public-Private Partnership Program");
    gap();
    field("Recipient", recipient);
    field("Unique Entity ID (UEI)", uei);
    field("Project", projectTitle);
    field("Funding opportunity", opportunity);
    field("Instrument", a.instrument().name().replace('_', ' ').toLowerCase());
    field("Status", a.status().label());
    field("Terms version", a.termsVersion() == 0 ? "as signed" : String.valueOf(a.termsVersion()));
    gap();
    heading("Amounts");
    field("Federal funds obligated", a.obligatedAmount().formatted());
    field(
        "Non-federal cost share",
        a.costSharePercent() == null
            ? "-"
            : a.costSharePercent().stripTrailingZeros().toPlainString()
                + "% of total project cost");
    field(
        "Payment method", a.paymentMethod() == null ? "-" : a.paymentMethod().name().toLowerCase());
    field(
        "Maximum draw per month",
        a.maximumMonthlyDraw() == null ? "none" : a.maximumMonthlyDraw().formatted());
    field("Period of performance", a.start() + " to " + a.end());
    gap();
    heading("Budget periods");
    for (BudgetPeriod p : a.budgetPeriods()) {
      wrapped(
          regular,
          10,
          "Budget period "
              + p.number()
              + ": "
              + p.start()
              + " to "
              + p.end()
              + ", "
              + p.amount().formatted()
              + (p.number() > 1
                  ? " (authorized only by a GO decision at the end of period "
                      + (p.number() - 1)
                      + ")"
                  : ""));
    }
    gap();
    heading("Milestones");
    if (a.milestones().isEmpty()) {
      wrapped(regular, 10, "None.");
    }
    int n = 1;
    for (Milestone m : a.milestones()) {
      wrapped(
          regular,
          10,
          n++
              + ". "
              + m.title()
              + " (budget period "
              + m.budgetPeriod()
              + ", due "
              + m.dueDate()
              + "): "
              + m.amount().formatted()
              + (m.engineerCertification() ? "; certified by the independent engineer" : "")
              + (m.permitIds().isEmpty() ? "" : "; depends on permits " + m.permitIds()));
      if (m.deliverable() != null) {
        wrapped(regular, 9, "    Deliverable: " + m.deliverable());
      }
    }
    gap();
    heading("Special conditions (2 CFR 200.208)");
    List<SpecialCondition> active =
        a.conditions().stream().filter(SpecialCondition::active).toList();
    if (active.isEmpty()) {
      wrapped(regular, 10, "None.");
    }
    for (SpecialCondition c : active) {
      wrapped(regular, 10, c.number() + " - " + c.effect() + ": " + c.reason());
      wrapped(regular, 9, "    To remove it: " + c.cure() + " Deadline: " + c.deadline() + ".");
    }
    gap();
    heading("Signature");
    if (a.signedBy() == null) {
      wrapped(regular, 10, "Not yet signed.");
    } else {
      field("Signed for the agency by", a.signedBy() + " (selecting official)");
      field("Signed at", WHEN.format(a.signedAt().atZone(zone)));
      field("Terms prepared by", String.valueOf(a.preparedBy()));
    }
    if (a.acceptedAt() != null) {
      field("Accepted for the recipient by", a.acceptedBy());
      field("Accepted at", WHEN.format(a.acceptedAt().atZone(zone)));
    }
    out.close();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    document.save(bytes);
    document.close();
    return bytes.toByteArray();
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.LETTER);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    y = PDRectangle.LETTER.getHeight() - MARGIN;
  }

  private void heading(String text) throws IOException {
    line(bold, 12, text);
  }

  private void field(String label, String value) throws IOException {
    wrapped(regular, 10, label + ": " + (value == null ? "-" : value));
  }

  private void gap() {
    y -= 8;
  }

  private void wrapped(PDType1Font font, float size, String text) throws IOException {
    for (String l : wrap(font, size, safe(text))) {
      line(font, size, l);
    }
  }

  private void line(PDType1Font font, float size, String text) throws IOException {
    if (y < MARGIN + size) {
      newPage();
    }
    y -= size * 1.45f;
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(MARGIN, y);
    out.showText(safe(text));
    out.endText();
  }

  private static List<String> wrap(PDType1Font font, float size, String text) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  /** Only what the standard fonts can show (Latin-1 printable); anything else becomes '?'. */
  private static String safe(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      s.append(
          c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff ? c : c == '\n' || c == '\t' ? ' ' : '?');
    }
    return s.toString();
  }
}
