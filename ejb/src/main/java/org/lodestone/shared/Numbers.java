package org.lodestone.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Year;

/** Issues the next human-readable number of a kind, such as {@code APP-2026-000042}. */
@PermitAll
@Stateless
public class Numbers {

  @PersistenceContext private EntityManager em;

  public String next(String prefix) {
    String name = prefix + "-" + Year.now();
    NumberSequence sequence = em.find(NumberSequence.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      sequence = new NumberSequence(name);
      em.persist(sequence);
    }
    return String.format("%s-%06d", name, sequence.take());
  }
}
