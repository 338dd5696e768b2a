package org.lodestone.permitting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.audit.application.AuditTrail;
import org.lodestone.intake.domain.PlannedPermit;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.shared.SubjectKind;

/**
 * Each project's permitting timetable. The award context seeds it when it opens the award and reads
 * it to check that milestones name permits of the project; it checks who may see the award first.
 */
@Stateless
@PermitAll
public class PermittingService {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  /** The timetable's first actions: the permits the application said the project needs. */
  public List<Permit> seed(long awardId, List<PlannedPermit> planned) {
    for (PlannedPermit p : planned) {
      Permit permit =
          new Permit(
              awardId, p.type().name(), label(p.type().name()), p.agency(), p.expectedDate());
      em.persist(permit);
      em.flush();
      audit.record(
          SubjectKind.PERMIT,
          permit.id(),
          "PermitPlanned",
          Map.of(
              "award", awardId,
              "type", permit.type(),
              "agency", String.valueOf(permit.agency()),
              "targetDate", String.valueOf(permit.targetDate())));
    }
    return timetable(awardId);
  }

  public List<Permit> timetable(long awardId) {
    return em.createQuery(
            "select p from Permit p where p.awardId = :a order by p.targetDate, p.id", Permit.class)
        .setParameter("a", awardId)
        .getResultList();
  }

  public Set<Long> permitIds(long awardId) {
    return new TreeSet<>(
        em.createQuery("select p.id from Permit p where p.awardId = :a", Long.class)
            .setParameter("a", awardId)
            .getResultList());
  }

  static String label(String type) {
    return switch (type) {
      case "NEPA_EA" -> "NEPA environmental assessment";
      case "NEPA_EIS" -> "NEPA environmental impact statement";
      case "CWA_404" -> "Clean Water Act section 404 permit";
      case "AIR" -> "Air quality permit";
      case "STATE_MINING" -> "State mining permit";
      case "RECLAMATION_BOND" -> "Reclamation plan and bond";
      case "WATER_RIGHTS" -> "Water rights";
      default -> "Other permit";
    };
  }
}
