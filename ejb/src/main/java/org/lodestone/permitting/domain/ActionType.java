package org.lodestone.permitting.domain;

/**
 * The kinds of action on a permitting timetable: the permits an application lists and the
 * environmental-review milestones its NEPA class brings.
 */
public enum ActionType {
  NEPA_EA("NEPA environmental assessment"),
  NEPA_EIS("NEPA environmental impact statement"),
  NEPA_NOI("NEPA notice of intent"),
  NEPA_DRAFT_EIS("NEPA draft environmental impact statement"),
  NEPA_FINAL_EIS("NEPA final environmental impact statement"),
  NEPA_ROD("NEPA record of decision"),
  NEPA_FONSI("NEPA finding of no significant impact"),
  NEPA_CATEX("NEPA categorical exclusion determination"),
  CWA_404("Clean Water Act section 404 permit"),
  AIR("Air quality permit"),
  STATE_MINING("State mining permit"),
  RECLAMATION_BOND("Reclamation plan and bond"),
  WATER_RIGHTS("Water rights"),
  ESA_7("Endangered Species Act section 7 consultation"),
  NHPA_106("National Historic Preservation Act section 106 review"),
  BLM_PLAN_OF_OPERATIONS("BLM plan of operations approval"),
  OTHER("Other permit");

  private final String label;

  ActionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The record of decision ends environmental review: its date is a final completion date. */
  public boolean finalDecision() {
    return this == NEPA_ROD;
  }
}
