package org.lodestone.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of every rule about time: instants to the microsecond (what both databases keep),
 * and "today" in the program's time zone ({@link ProgramSettings#zone()}).
 */
@ApplicationScoped
public class ProgramClock {

  private final Clock clock;
  private final ProgramSettings settings;

  @Inject
  public ProgramClock(ProgramSettings settings) {
    this(Clock.systemUTC(), settings);
  }

  public ProgramClock(Clock clock, ProgramSettings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /** For CDI's proxy. */
  protected ProgramClock() {
    this(Clock.systemUTC(), new ProgramSettings());
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  public ZoneId zone() {
    return settings.zone();
  }

  /** The date of an instant in the program's time zone. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone());
  }
}
