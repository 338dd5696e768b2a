package org.lodestone.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProcessModelsTest {

  @Test
  void everyModelFileIsDeployedAndNamedAfterItsProcessId() throws IOException {
    Path folder = Path.of("src/main/resources", ProcessModels.FOLDER);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ProcessModels.FILES);
    }
    for (String file : ProcessModels.FILES) {
      String id = file.substring(0, file.lastIndexOf('.'));
      assertThat(Files.readString(folder.resolve(file))).contains("id=\"" + id + "\"");
    }
  }

  @Test
  void deadlinesAreFromTheProgramClockAndTodayIsInTheProgramTimeZone() {
    java.time.Instant start = java.time.Instant.parse("2027-01-01T03:00:00Z");
    org.lodestone.shared.ProgramClock clock =
        new org.lodestone.shared.ProgramClock(
            java.time.Clock.fixed(start, java.time.ZoneOffset.UTC),
            new org.lodestone.shared.ProgramSettings());
    assertThat(new Deadlines(clock).after(java.time.Duration.parse("P14D")))
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2027-01-15T03:00:00Z")));
    assertThat(new Deadlines(clock).after(java.time.Duration.parse("PT20S")))
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2027-01-01T03:00:20Z")));
    // 03:00 UTC on New Year's Day is still New Year's Eve in Washington
    assertThat(clock.today()).isEqualTo(java.time.LocalDate.parse("2026-12-31"));
  }
}
