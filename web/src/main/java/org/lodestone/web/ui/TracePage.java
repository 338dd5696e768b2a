package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lodestone.disbursement.application.PaymentTrace;
import org.lodestone.disbursement.application.PaymentTraces;
import org.lodestone.shared.NotFoundException;

/** A payment traced from its request to its evidence, approvers, release and ledger entry. */
@Named
@ViewScoped
public class TracePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PaymentTraces traces;

  private Long id;
  private transient PaymentTrace trace;

  public void load() {
    try {
      trace = id == null ? null : traces.trace(id);
    } catch (NotFoundException e) {
      trace = null;
    }
  }

  public boolean intact(long eventId) {
    return Boolean.TRUE.equals(trace.intact().get(eventId));
  }

  public PaymentTrace getTrace() {
    return trace;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
