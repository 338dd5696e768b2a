package org.lodestone.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.Attachment;
import org.lodestone.intake.domain.AttachmentContent;
import org.lodestone.shared.JpaRepository;

/** Applications and their documents. */
@ApplicationScoped
public class ApplicationRepository extends JpaRepository<Application, Long> {

  public ApplicationRepository() {
    super(Application.class, "Application");
  }

  public List<Application> all(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Application a where a.id in :ids", Application.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public List<Attachment> attachments(long applicationId) {
    return em.createQuery(
            "select a from Attachment a where a.applicationId = :id order by a.id",
            Attachment.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  public Optional<Attachment> attachment(long applicationId, long attachmentId) {
    return Optional.ofNullable(em.find(Attachment.class, attachmentId))
        .filter(a -> a.applicationId() == applicationId);
  }

  public Attachment attach(Attachment attachment, byte[] content) {
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.id(), content));
    return attachment;
  }

  public byte[] content(Attachment attachment) {
    return em.find(AttachmentContent.class, attachment.id()).content();
  }

  public void detach(Attachment attachment) {
    em.remove(em.find(AttachmentContent.class, attachment.id()));
    em.remove(attachment);
  }
}
