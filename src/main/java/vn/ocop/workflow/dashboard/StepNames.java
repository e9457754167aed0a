package vn.ocop.workflow.dashboard;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The name of a step (a user task of a process) as the latest deployed model calls it, for the
 * dashboard's rows: "Xem xét ý tưởng", not one task's name with its product. A model deployed later
 * with another name is read the next time: names are kept per deployed definition, which never changes.
 */
@Component
class StepNames {

  private final RepositoryService repository;
  private final Map<String, String> byDefinitionAndTask = new ConcurrentHashMap<>();

  StepNames(@Lazy RepositoryService repository) {
    this.repository = repository;
  }

  /** A lookup for one view: each process's latest definition read once. */
  Lookup lookup() {
    return new Lookup();
  }

  final class Lookup {
    private final Map<String, String> latest = new HashMap<>();

    String name(String processKey, String taskKey) {
      if (processKey == null || taskKey == null) {
        return taskKey;
      }
      String definitionId = latest.computeIfAbsent(processKey, key -> {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().singleResult();
        return definition == null ? "" : definition.getId();
      });
      if (definitionId.isEmpty()) {
        return taskKey;
      }
      return byDefinitionAndTask.computeIfAbsent(definitionId + "#" + taskKey, k -> {
        ModelElementInstance element = repository.getBpmnModelInstance(definitionId).getModelElementById(taskKey);
        String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
        return name == null || name.isBlank() ? taskKey : name.strip().replaceAll("\\s+", " ");
      });
    }
  }
}
