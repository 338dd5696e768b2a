package org.lodestone.web.api;

import java.math.BigDecimal;
import org.lodestone.intake.domain.ApplicationDetails;

/** Body of creating or replacing a draft; any field may be missing in a draft. */
public record ApplicationRequest(
    Long opportunityId,
    String title,
    String summary,
    BigDecimal federalAmountRequested,
    Long version) {

  ApplicationDetails details() {
    return new ApplicationDetails(title, summary, federalAmountRequested);
  }
}
