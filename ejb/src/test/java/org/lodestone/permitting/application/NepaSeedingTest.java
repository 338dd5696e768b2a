package org.lodestone.permitting.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lodestone.permitting.domain.ActionType;

/** The NEPA class from environmental screening seeds the review milestones of the timetable. */
class NepaSeedingTest {

  @Test
  void eachNepaClassBringsItsMilestones() {
    assertThat(PermittingService.nepaActions("EIS"))
        .containsExactly(
            ActionType.NEPA_NOI,
            ActionType.NEPA_DRAFT_EIS,
            ActionType.NEPA_FINAL_EIS,
            ActionType.NEPA_ROD);
    assertThat(PermittingService.nepaActions("EA"))
        .containsExactly(ActionType.NEPA_EA, ActionType.NEPA_FONSI);
    assertThat(PermittingService.nepaActions("CATEX")).containsExactly(ActionType.NEPA_CATEX);
    assertThat(PermittingService.nepaActions(null)).isEmpty();
    assertThat(ActionType.NEPA_ROD.finalDecision()).isTrue();
    assertThat(ActionType.NEPA_EA.finalDecision()).isFalse();
  }
}
