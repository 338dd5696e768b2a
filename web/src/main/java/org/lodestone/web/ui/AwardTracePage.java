package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lodestone.reporting.application.AwardTrace;
import org.lodestone.reporting.application.AwardTraces;
import org.lodestone.shared.NotFoundException;

/** An award traced from its terms to its money, with the audit events of every step. */
@Named
@ViewScoped
public class AwardTracePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AwardTraces traces;

  private Long id;
  private transient AwardTrace trace;

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

  public AwardTrace getTrace() {
    return trace;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
