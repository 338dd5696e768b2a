package org.lodestone.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * A document attached to an application: always a PDF (checked by its content, not its name), at
 * most 25 MB, kept with its SHA-256 so anyone can prove the file is the one submitted.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  public static final int MAX_BYTES = 25 * 1024 * 1024;
  public static final String PDF = "application/pdf";
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private long applicationId;

  @Enumerated(EnumType.STRING)
  private AttachmentKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected Attachment() {}

  /**
   * Checks an upload and describes it.
   *
   * @throws RuleViolationException naming {@code file} or {@code kind}
   */
  public Attachment(
      long applicationId,
      AttachmentKind kind,
      String fileName,
      byte[] content,
      String uploadedBy,
      Instant uploadedAt) {
    List<Violation> violations = new ArrayList<>();
    if (kind == null) {
      violations.add(
          new Violation(
              "kind",
              "is required: TECHNICAL_VOLUME, BUDGET_JUSTIFICATION, LETTER_OF_COMMITMENT or OTHER"));
    }
    if (content == null || content.length == 0) {
      violations.add(new Violation("file", "is required and must not be empty"));
    } else if (content.length > MAX_BYTES) {
      violations.add(new Violation("file", "is larger than the 25 MB limit"));
    } else if (!isPdf(content)) {
      violations.add(
          new Violation("file", "is not a PDF document (its content does not start with %PDF-)"));
    }
    String name = safeName(fileName);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.applicationId = applicationId;
    this.kind = kind;
    this.fileName = name;
    this.contentType = PDF;
    this.sizeBytes = content.length;
    this.sha256 = sha256(content);
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** A PDF starts with %PDF- and carries %%EOF in its last kilobyte. */
  static boolean isPdf(byte[] content) {
    if (content.length < PDF_MAGIC.length + PDF_END.length) {
      return false;
    }
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (content[i] != PDF_MAGIC[i]) {
        return false;
      }
    }
    int from = Math.max(0, content.length - 1024);
    outer:
    for (int i = content.length - PDF_END.length; i >= from; i--) {
      for (int j = 0; j < PDF_END.length; j++) {
        if (content[i + j] != PDF_END[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Keeps the last path segment, printable characters only, and the .pdf ending. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name =
        name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    if (name.isEmpty()) {
      name = "document";
    }
    return name.toLowerCase().endsWith(".pdf") ? name : name + ".pdf";
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
