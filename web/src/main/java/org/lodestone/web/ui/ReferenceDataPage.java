package org.lodestone.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lodestone.program.application.OpportunityService;
import org.lodestone.program.domain.Mineral;

/** The administrator keeps the critical minerals list. */
@Named
@ViewScoped
public class ReferenceDataPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient OpportunityService opportunities;
  private String code;
  private String name;

  public List<Mineral> getMinerals() {
    return opportunities.minerals();
  }

  public void add() {
    try {
      Mineral added = opportunities.addMineral(code, name);
      Messages.info(added.name() + " added to the critical minerals list.");
      code = null;
      name = null;
    } catch (RuntimeException e) {
      if (!Messages.show(e, "form")) {
        throw e;
      }
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
