package org.lodestone.web.api.export;

/** Text for spreadsheets and CSV: a value that a spreadsheet would run as a formula is defused. */
final class Cells {

  private Cells() {}

  /**
   * A cell that starts like a formula ({@code = + - @}, tab or carriage return) gets a leading
   * apostrophe, so that Excel, LibreOffice and Google Sheets show it as text (OWASP's advice on CSV
   * injection).
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }

  /**
   * A CSV field (RFC 4180): neutralized, then quoted when it holds a comma, quote or line break.
   */
  static String csv(String value) {
    String text = text(value);
    return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
