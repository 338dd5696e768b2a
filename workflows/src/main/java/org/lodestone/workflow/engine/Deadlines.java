package org.lodestone.workflow.engine;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Date;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;

/**
 * Due dates and timer dates of the process models, from the program's settings and clock: {@code
 * camunda:dueDate="${deadlines.after(settings.screeningPeriod)}"}.
 */
@Dependent
@Named("deadlines")
public class Deadlines {

  private final ProgramClock clock;

  @Inject
  public Deadlines(ProgramClock clock) {
    this.clock = clock;
  }

  /** For the process tests: the system clock. */
  public Deadlines() {
    this(new ProgramClock(java.time.Clock.systemUTC(), new ProgramSettings()));
  }

  public Date after(Duration period) {
    return Date.from(clock.now().plus(period));
  }
}
