package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.shared.ProgramClock;

/** The program's permitting at a glance: missed dates, targets in the next 30 days, pauses. */
@Named
@ViewScoped
public class PermittingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PermittingService permitting;
  @Inject private transient ProgramClock clock;

  private PermittingService.Watch watch = PermittingService.Watch.MISSED;
  private transient List<Permit> items;

  public List<Permit> getItems() {
    if (items == null) {
      items = permitting.watch(watch, 500);
    }
    return items;
  }

  public long count(PermittingService.Watch w) {
    return permitting.watch(w, 1000).size();
  }

  public void filter() {
    items = null;
  }

  public boolean missed(Permit p) {
    return p.missed(clock.today());
  }

  public String awardNumber(Permit p) {
    return permitting.awardNumberOf(p);
  }

  public PermittingService.Watch[] getWatches() {
    return PermittingService.Watch.values();
  }

  public PermittingService.Watch getWatch() {
    return watch;
  }

  public void setWatch(PermittingService.Watch watch) {
    this.watch = watch;
  }
}
