package org.lodestone.intake.domain;

/** Permits and environmental reviews a mining or processing project may need. */
public enum PermitType {
  NEPA_EA,
  NEPA_EIS,
  CWA_404,
  AIR,
  STATE_MINING,
  RECLAMATION_BOND,
  WATER_RIGHTS,
  OTHER
}
