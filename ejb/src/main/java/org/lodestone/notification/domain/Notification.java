package org.lodestone.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lodestone.shared.Subject;
import org.lodestone.shared.SubjectKind;

/** Something one person is told, in the application and (when mail is configured) by e-mail. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private String title;
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind")
  private SubjectKind subjectKind;

  @Column(name = "subject_id")
  private long subjectId;

  @Column(name = "subject_number")
  private String subjectNumber;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "emailed_at")
  private Instant emailedAt;

  protected Notification() {}

  public Notification(
      String recipient, NotificationKind kind, Subject subject, Notice notice, Instant createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.title = notice.title();
    this.message = notice.message();
    this.subjectKind = subject.kind();
    this.subjectId = subject.id();
    this.subjectNumber = subject.number();
    this.createdAt = createdAt;
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  /** Records the e-mail as sent; false when it already was (a retried send sends nothing). */
  public boolean markEmailed(Instant at) {
    if (emailedAt != null) {
      return false;
    }
    emailedAt = at;
    return true;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public NotificationKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String message() {
    return message;
  }

  /** What the notification is about. */
  public Subject subject() {
    return new Subject(subjectKind, subjectId, subjectNumber);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public boolean read() {
    return readAt != null;
  }

  public Instant emailedAt() {
    return emailedAt;
  }
}
