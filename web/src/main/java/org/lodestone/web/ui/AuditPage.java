package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.lodestone.audit.application.AuditSeals;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.audit.application.VerificationProgress;
import org.lodestone.audit.domain.AuditEvent;
import org.lodestone.audit.domain.AuditSeal;
import org.lodestone.audit.domain.ChainVerification;
import org.lodestone.disbursement.application.PaymentTraces;
import org.lodestone.disbursement.domain.PaymentSample;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.SubjectKind;

/**
 * The auditor's workspace: the audit chain verified against its seals (in the background, with its
 * progress), the seals, a reproducible sample of payments to trace, and any subject's trail.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AuditTrail audit;
  @Inject private transient AuditSeals seals;
  @Inject private transient PaymentTraces traces;
  @Inject private transient ProgramClock clock;

  private transient Future<ChainVerification> running;
  private transient VerificationProgress progress;
  private transient ChainVerification result;
  private Instant startedAt;
  private Instant verifiedAt;

  private String subjectType = SubjectKind.APPLICATION.name();
  private String subjectId;
  private transient List<AuditEvent> trail;

  private Long seed;
  private Integer size = 10;
  private transient List<PaymentSample.Drawn> sample;

  /** Starts verifying the chain in the background; the page polls for its progress. */
  public void verify() {
    try {
      progress = new VerificationProgress();
      result = null;
      startedAt = Instant.now();
      running = audit.verifyInBackground(progress);
    } catch (RuntimeException e) {
      if (!Messages.show(e, "form")) {
        throw e;
      }
    }
  }

  /** Called by the poll: takes the result once the verification is done. */
  public void poll() {
    if (running == null || !running.isDone()) {
      return;
    }
    try {
      result = running.get();
      verifiedAt = Instant.now();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      Messages.show(new IllegalStateException("The verification failed: " + e.getCause()), "form");
    } finally {
      running = null;
    }
  }

  public boolean isRunning() {
    return running != null;
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  public String getProgressText() {
    return progress == null
        ? ""
        : String.format("%,d of %,d events checked", progress.checked(), progress.total());
  }

  public ChainVerification getResult() {
    return result;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  /** How long the last verification took, in seconds. */
  public String getDuration() {
    return verifiedAt == null
        ? ""
        : String.format("%.1f", (verifiedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
  }

  public void sealNow() {
    if (Messages.attempt(seals::sealNow, "seals")) {
      Messages.info("The chain's head is sealed.");
    }
  }

  /** The seals, newest first. */
  public List<AuditSeal> getSeals() {
    List<AuditSeal> all = new java.util.ArrayList<>(seals.all());
    java.util.Collections.reverse(all);
    return all;
  }

  public void drawSample() {
    try {
      sample = traces.sample(getSeed(), size == null ? 0 : size);
    } catch (RuntimeException e) {
      sample = null;
      if (!Messages.show(e, "sample")) {
        throw e;
      }
    }
  }

  public List<PaymentSample.Drawn> getSample() {
    return sample;
  }

  /** The seed, by default today's date as a number (20271105), so a day's sample can be redrawn. */
  public Long getSeed() {
    if (seed == null) {
      seed = Long.parseLong(clock.today().format(DateTimeFormatter.BASIC_ISO_DATE));
    }
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public Integer getSize() {
    return size;
  }

  public void setSize(Integer size) {
    this.size = size;
  }

  /** The trail of one subject (or of a type), newest first. */
  public void search() {
    try {
      trail = audit.search(blankToNull(subjectType), blankToNull(subjectId), 0, 200);
    } catch (RuntimeException e) {
      if (!Messages.show(e, "trail")) {
        throw e;
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<AuditEvent> getTrail() {
    return trail;
  }

  public SubjectKind[] getKinds() {
    return SubjectKind.values();
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }
}
