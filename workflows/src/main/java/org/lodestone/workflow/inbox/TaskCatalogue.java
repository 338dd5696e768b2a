package org.lodestone.workflow.inbox;

import java.util.List;

/**
 * The task types one process package contributes. A package adds work to the inbox by providing one
 * {@code @ApplicationScoped} implementation; nothing else needs to change.
 */
public interface TaskCatalogue {

  List<? extends TaskType> taskTypes();
}
