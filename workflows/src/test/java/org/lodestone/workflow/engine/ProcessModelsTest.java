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
  void deadlinesAddCalendarPeriodsAndDurations() {
    java.time.Instant start = java.time.Instant.parse("2027-01-31T10:00:00Z");
    assertThat(Deadlines.after(start, "P14D")).isEqualTo("2027-02-14T10:00:00Z");
    assertThat(Deadlines.after(start, "P1M")).isEqualTo("2027-02-28T10:00:00Z");
    assertThat(Deadlines.after(start, "PT2H")).isEqualTo("2027-01-31T12:00:00Z");
  }
}
