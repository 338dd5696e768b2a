package org.lodestone.award.domain;

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

/** An evidence document of an award: a PDF kept with its SHA-256; never changed or removed. */
@Entity
@Table(name = "award_document")
public class AwardDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "award_id")
  private long awardId;

  @Enumerated(EnumType.STRING)
  private DocumentPurpose purpose;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected AwardDocument() {}

  /**
   * @throws RuleViolationException naming {@code file} or {@code kind}
   */
  public AwardDocument(
      long awardId,
      DocumentPurpose purpose,
      String fileName,
      byte[] content,
      String uploadedBy,
      Instant uploadedAt) {
    List<Violation> v = new ArrayList<>();
    if (purpose == null) {
      v.add(
          new Violation("kind", "is required: CURE, MILESTONE, PAYMENT_REQUEST, REPORT or OTHER"));
    }
    PdfUpload upload = PdfUpload.check(fileName, content, v);
    if (!v.isEmpty()) {
      throw new RuleViolationException(v);
    }
    this.awardId = awardId;
    this.purpose = purpose;
    this.fileName = upload.fileName();
    this.sizeBytes = upload.sizeBytes();
    this.sha256 = upload.sha256();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public long awardId() {
    return awardId;
  }

  public DocumentPurpose purpose() {
    return purpose;
  }

  public String fileName() {
    return fileName;
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
