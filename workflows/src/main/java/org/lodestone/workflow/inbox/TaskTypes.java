package org.lodestone.workflow.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Every catalogued task type, from the catalogues of all process packages. */
@ApplicationScoped
public class TaskTypes {

  private List<TaskType> all;

  protected TaskTypes() {}

  @Inject
  TaskTypes(@Any Instance<TaskCatalogue> catalogues) {
    this(StreamSupport.stream(catalogues.spliterator(), false).toList());
  }

  /** For tests: the types of the given catalogues. */
  public TaskTypes(List<? extends TaskCatalogue> catalogues) {
    List<TaskType> types = new ArrayList<>();
    catalogues.forEach(c -> types.addAll(c.taskTypes()));
    all = List.copyOf(types);
  }

  public List<TaskType> all() {
    return all;
  }

  /** The type of the user task with this id, if it is catalogued. */
  public Optional<TaskType> ofStep(String taskDefinitionKey) {
    return all.stream().filter(t -> t.steps().contains(taskDefinitionKey)).findFirst();
  }
}
