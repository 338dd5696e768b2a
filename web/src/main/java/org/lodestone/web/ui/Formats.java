package org.lodestone.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lodestone.shared.Money;

/** How pages write dates and money (US Eastern time, US dollars). */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US).withZone(ZONE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

  public String instant(Instant instant) {
    return instant == null ? "—" : INSTANT.format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public String dueDate(Instant instant) {
    return instant == null ? "—" : DATE.format(instant.atZone(ZONE));
  }

  public Instant now() {
    return Instant.now();
  }

  /** Dollars for people ({@code $2,500,000.00}), of a {@link Money} or of an amount entered. */
  public String money(Object value) {
    if (value instanceof Money money) {
      return money.formatted();
    }
    if (!(value instanceof BigDecimal amount)) {
      return "—";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    return format.format(amount);
  }

  /** A quantity for people: {@code 1,200.5}. */
  public String number(BigDecimal value) {
    return value == null ? "—" : NumberFormat.getNumberInstance(Locale.US).format(value);
  }

  /** Codes as words, joined: "Lithium, Cobalt". */
  public String list(java.util.Collection<?> codes) {
    if (codes == null || codes.isEmpty()) {
      return "—";
    }
    return codes.stream().map(this::words).collect(java.util.stream.Collectors.joining(", "));
  }

  public String site(org.lodestone.intake.domain.Site site) {
    if (site == null || site.isEmpty()) {
      return "—";
    }
    StringBuilder text = new StringBuilder();
    if (site.county() != null) {
      text.append(site.county()).append(" County, ");
    }
    text.append(site.state() == null ? "" : site.state());
    if (site.latitude() != null && site.longitude() != null) {
      text.append(" (")
          .append(site.latitude().toPlainString())
          .append(", ")
          .append(site.longitude().toPlainString())
          .append(')');
    }
    return text.toString();
  }

  public String words(Object code) {
    if (code == null) {
      return "";
    }
    String words = code.toString().replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
