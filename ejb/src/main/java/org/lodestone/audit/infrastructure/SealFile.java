package org.lodestone.audit.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.audit.domain.AuditSeal;

/**
 * The seals, one JSON object per line, in a file that is only ever appended to (and forced to disk
 * before a seal counts as made).
 */
public final class SealFile {

  private final Path path;

  public SealFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  public void append(AuditSeal seal) {
    String line =
        Json.createObjectBuilder()
                .add("number", seal.number())
                .add("lastEventId", seal.lastEventId())
                .add("lastHash", seal.lastHash())
                .add("sealedAt", seal.sealedAt().toString())
                .add("signature", seal.signature())
                .build()
                .toString()
            + "\n";
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      try (FileChannel channel =
          FileChannel.open(
              path,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        channel.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot append to the audit seal file " + path, e);
    }
  }

  /** Every seal, oldest first; a line that is not a seal is read as one that cannot verify. */
  public List<AuditSeal> read() {
    if (!Files.exists(path)) {
      return List.of();
    }
    try {
      List<AuditSeal> seals = new ArrayList<>();
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          seals.add(parse(line, seals.size() + 1));
        }
      }
      return seals;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the audit seal file " + path, e);
    }
  }

  private static AuditSeal parse(String line, long position) {
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject json = reader.readObject();
      return new AuditSeal(
          json.getJsonNumber("number").longValueExact(),
          json.getJsonNumber("lastEventId").longValueExact(),
          json.getString("lastHash"),
          Instant.parse(json.getString("sealedAt")),
          json.getString("signature"));
    } catch (RuntimeException e) {
      return new AuditSeal(position, -1, "", Instant.EPOCH, "");
    }
  }

  public String text() {
    try {
      return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the audit seal file " + path, e);
    }
  }
}
