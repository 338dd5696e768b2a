package org.lodestone.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lodestone.shared.RuleViolationException;

class AttachmentTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  private static Attachment upload(String name, byte[] content) {
    return new Attachment(
        9L, AttachmentKind.TECHNICAL_VOLUME, name, content, "alice", Instant.EPOCH);
  }

  @Test
  void aPdfIsKeptWithItsSizeAndSha256() {
    Attachment a = upload("technical volume.pdf", PDF);
    assertThat(a.contentType()).isEqualTo("application/pdf");
    assertThat(a.sizeBytes()).isEqualTo(PDF.length);
    assertThat(a.sha256()).hasSize(64).isEqualTo(Attachment.sha256(PDF));
    assertThat(a.fileName()).isEqualTo("technical volume.pdf");
  }

  @Test
  void aRenamedExecutableIsRefusedByItsContent() {
    byte[] elf = new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> upload("budget.pdf", elf))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("file: is not a PDF");
    byte[] truncated = "%PDF-1.7 but never ends".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> upload("x.pdf", truncated)).hasMessageContaining("not a PDF");
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertThatThrownBy(() -> upload("x.pdf", new byte[0]))
        .hasMessageContaining("must not be empty");
    byte[] big = new byte[Attachment.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThatThrownBy(() -> upload("x.pdf", big)).hasMessageContaining("25 MB");
  }

  @Test
  void fileNamesLosePathsAndOddCharacters() {
    assertThat(Attachment.safeName("C:\\Users\\me\\..\\evil<script>.pdf"))
        .isEqualTo("evil_script_.pdf");
    assertThat(Attachment.safeName("../../etc/passwd")).isEqualTo("passwd.pdf");
    assertThat(Attachment.safeName(null)).isEqualTo("document.pdf");
  }
}
