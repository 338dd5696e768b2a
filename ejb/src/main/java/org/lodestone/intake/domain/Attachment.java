package org.lodestone.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lodestone.shared.PdfUpload;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/**
 * A document attached to an application: always a PDF (checked by its content, not its name), at
 * most 25 MB, kept with its SHA-256 so anyone can prove the file is the one submitted.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  public static final int MAX_BYTES = PdfUpload.MAX_BYTES;
  public static final String PDF = PdfUpload.CONTENT_TYPE;

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
    PdfUpload upload = PdfUpload.check(fileName, content, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    this.applicationId = applicationId;
    this.kind = kind;
    this.fileName = upload.fileName();
    this.contentType = PDF;
    this.sizeBytes = upload.sizeBytes();
    this.sha256 = upload.sha256();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  static String safeName(String fileName) {
    return PdfUpload.safeName(fileName);
  }

  static String sha256(byte[] content) {
    return PdfUpload.sha256(content);
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
