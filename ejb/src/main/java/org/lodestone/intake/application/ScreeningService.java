package org.lodestone.intake.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationStatus;
import org.lodestone.intake.infrastructure.ApplicationRepository;
import org.lodestone.shared.SubjectKind;

/**
 * Screening outcomes, applied by the intake process. Who may screen is the process's decision (the
 * screening task belongs to program officers); whether the step is legal is the application's. The
 * process also calls these from its timers, with no person signed in.
 */
@Stateless
@PermitAll
public class ScreeningService {

  @Inject private ApplicationRepository applications;
  @Inject private AuditTrail audit;
  @Inject private Event<ApplicationAccepted> accepted;

  /**
   * Applies the outcome of the eligibility rules.
   *
   * @return true when the application is eligible and goes on to screening
   */
  public boolean recordEligibility(long applicationId, List<String> reasons) {
    change(
        applicationId,
        reasons.isEmpty() ? "ApplicationEligible" : "ApplicationIneligible",
        String.join(" ", reasons),
        a -> a.recordEligibility(reasons));
    return reasons.isEmpty();
  }

  public void accept(long applicationId, String note) {
    change(applicationId, "ApplicationAccepted", note, Application::acceptForReview);
    accepted.fire(new ApplicationAccepted(applicationId, applications.get(applicationId).number()));
  }

  public void returnForCorrection(long applicationId, String reason) {
    change(applicationId, "ApplicationReturned", reason, a -> a.returnForCorrection(reason));
  }

  public void reject(long applicationId, String reason) {
    change(applicationId, "ApplicationRejected", reason, a -> a.rejectAsIneligible(reason));
  }

  public void withdrawForMissedDeadline(long applicationId) {
    change(
        applicationId,
        "ApplicationWithdrawn",
        "correction deadline passed",
        Application::withdrawForMissedDeadline);
  }

  private void change(long id, String event, String reason, Consumer<Application> step) {
    Application application = applications.get(id);
    ApplicationStatus before = application.status();
    step.accept(application);
    Map<String, Object> data = new HashMap<>();
    data.put("before", before);
    data.put("after", application.status());
    data.put("reason", reason);
    audit.record(SubjectKind.APPLICATION, id, event, data);
  }
}
