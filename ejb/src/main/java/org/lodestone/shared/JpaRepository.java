package org.lodestone.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What every aggregate's repository does: {@code find} answers {@link Optional}, {@code get} and
 * {@code lock} refuse an unknown id with {@link NotFoundException}, {@code add} stores a new one
 * and gives it its id. Each context's repository adds the queries of its aggregate.
 */
public abstract class JpaRepository<T, K> {

  @PersistenceContext protected EntityManager em;

  private final Class<T> type;
  private final String name;

  protected JpaRepository(Class<T> type, String name) {
    this.type = type;
    this.name = name;
  }

  public Optional<T> find(K id) {
    return Optional.ofNullable(em.find(type, id));
  }

  public T get(K id) {
    return find(id).orElseThrow(() -> new NotFoundException(name, id));
  }

  /** The aggregate, locked until the transaction ends (see the lock order in ADR 0004). */
  public T lock(K id) {
    T entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      throw new NotFoundException(name, id);
    }
    return entity;
  }

  /** Stores a new aggregate; afterwards it has its id. */
  public T add(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }
}
