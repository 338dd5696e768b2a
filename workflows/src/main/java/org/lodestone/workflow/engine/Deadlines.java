package org.lodestone.workflow.engine;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Due dates for user tasks, from the same ISO-8601 periods as the models' timers ({@code
 * camunda:dueDate="${deadlines.fromNow(correctionPeriod)}"}).
 */
@Dependent
@Named("deadlines")
public class Deadlines {

  public Date fromNow(String isoPeriod) {
    return Date.from(after(Instant.now(), isoPeriod));
  }

  static Instant after(Instant start, String iso) {
    if (iso.contains("T")) {
      return start.plus(Duration.parse(iso));
    }
    return start.atZone(ZoneOffset.UTC).plus(Period.parse(iso)).toInstant();
  }
}
