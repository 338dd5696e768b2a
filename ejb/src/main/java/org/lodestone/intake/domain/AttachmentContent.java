package org.lodestone.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, stored apart so that lists never load them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private long attachmentId;

  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
