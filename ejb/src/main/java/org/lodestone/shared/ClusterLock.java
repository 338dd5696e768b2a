package org.lodestone.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A lock that one node of a cluster holds at a time, until the transaction that took it ends: for
 * work every node schedules but only one may do at once (the overdue sweep).
 */
@Stateless
@PermitAll
public class ClusterLock {

  @PersistenceContext private EntityManager em;

  /** Waits for the named lock (a row of {@code cluster_lock}) and holds it for the transaction. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void hold(String name) {
    if (em.createNativeQuery("select name from cluster_lock where name = ?1 for update")
        .setParameter(1, name)
        .getResultList()
        .isEmpty()) {
      throw new IllegalStateException("no cluster lock named " + name);
    }
  }
}
