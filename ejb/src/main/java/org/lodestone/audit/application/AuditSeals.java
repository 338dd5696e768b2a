package org.lodestone.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.lodestone.audit.domain.AuditChainHead;
import org.lodestone.audit.domain.AuditSeal;
import org.lodestone.audit.domain.SealCheck;
import org.lodestone.audit.infrastructure.SealFile;
import org.lodestone.audit.infrastructure.SealKey;
import org.lodestone.shared.ProgramClock;
import org.lodestone.shared.ProgramSettings;

/**
 * Seals the audit chain: signs its head (last event id and hash) with a key the database never
 * holds and appends the seal to a file outside the database, every {@code
 * lodestone.audit.seal-interval} when events were added since the last seal, and whenever an
 * auditor asks. Verification then holds the chain against these seals.
 */
@Singleton
@Startup
public class AuditSeals {

  private static final Logger LOG = Logger.getLogger(AuditSeals.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private TimerService timers;
  @Inject private ProgramSettings settings;
  @Inject private ProgramClock clock;

  private SealKey key;
  private SealFile file;

  @PostConstruct
  void start() {
    key =
        SealKey.load(
            settings.getSealKeystore(),
            settings.sealKeystorePassword(),
            settings.getSealKeyAlias());
    file = new SealFile(settings.getSealFile());
    long interval = settings.getSealInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    LOG.info(() -> "audit seals: " + file.path() + ", key from " + settings.getSealKeystore());
  }

  @Timeout
  void scheduled() {
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    List<AuditSeal> seals = file.read();
    if (head != null
        && (seals.isEmpty() || seals.get(seals.size() - 1).lastEventId() != head.lastEventId())) {
      seal(head, seals);
    }
  }

  /** Seals the head as it stands now. */
  @RolesAllowed({"AUDITOR", "ADMIN"})
  public AuditSeal sealNow() {
    return seal(em.find(AuditChainHead.class, AuditChainHead.ID), file.read());
  }

  private AuditSeal seal(AuditChainHead head, List<AuditSeal> seals) {
    long number = seals.isEmpty() ? 1 : seals.get(seals.size() - 1).number() + 1;
    var at = clock.now().truncatedTo(ChronoUnit.MICROS);
    String signature = key.sign(AuditSeal.payload(number, head.lastEventId(), head.lastHash(), at));
    AuditSeal seal = new AuditSeal(number, head.lastEventId(), head.lastHash(), at, signature);
    file.append(seal);
    return seal;
  }

  /** Every seal in the file checked: its signature, and that the numbers run on without a gap. */
  @Lock(LockType.READ)
  @PermitAll
  public SealCheck check() {
    return SealCheck.of(file.read(), seal -> key.verifies(seal.payload(), seal.signature()));
  }

  @Lock(LockType.READ)
  @RolesAllowed({"AUDITOR", "ADMIN"})
  public List<AuditSeal> all() {
    return file.read();
  }

  /** The seal file as it is on disk, for auditors to take away. */
  @Lock(LockType.READ)
  @RolesAllowed({"AUDITOR", "ADMIN"})
  public String fileText() {
    return file.text();
  }

  @Lock(LockType.READ)
  @PermitAll
  public String certificatePem() {
    return key.certificatePem();
  }
}
