package org.lodestone.intake.domain;

/** How far a project has come, from exploration to operation. */
public enum ProjectStage {
  EXPLORATION,
  PRE_FEASIBILITY,
  FEASIBILITY,
  CONSTRUCTION,
  OPERATION
}
