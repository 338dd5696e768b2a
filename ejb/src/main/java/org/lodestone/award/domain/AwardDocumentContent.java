package org.lodestone.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an award's document, stored apart so that lists never load them. */
@Entity
@Table(name = "award_document_content")
public class AwardDocumentContent {

  @Id
  @Column(name = "document_id")
  private long documentId;

  private byte[] content;

  protected AwardDocumentContent() {}

  public AwardDocumentContent(long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
