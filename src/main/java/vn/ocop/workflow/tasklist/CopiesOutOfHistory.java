package vn.ocop.workflow.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one adapter that changes what the engine writes to its history: the engine's full history, except
 * the task-local copies {@link TaskPresentation} makes (the product's header, the variables Tasklist's
 * cards show, a score sheet's form reference).
 *
 * <p>Each copy repeats a value the product ({@code ocop_product}, read through {@code Products}) or the
 * task's process already holds and keeps in history. At history level full the engine wrote two history
 * rows for every copy (a historic variable instance and a historic detail), and touched the instance again
 * when a copy changed or went with its task: one product's cycle ran 2,301 statements before and 2,171
 * after in the benchmark, and a certificate timer that creates the commune's task runs 40, 4 fewer.
 * Nothing reads them: Cockpit shows the running variables, the product's timeline holds its story, and the
 * process's own variables keep their history as before.
 *
 * <p>It is the engine's "full" level (id 3, name {@code full}, what {@code camunda.bpm.history-level: full}
 * selects and a database set up at full records), registered with the documented {@code customHistoryLevels}
 * hook: the engine takes the last level of that name, ours. With any other configured level it is not used.
 * Engine internal used, kept here: the {@link HistoryLevel} interface. A copy made before this adapter keeps
 * its historic row, marked as created.
 */
@Component
class CopiesOutOfHistory extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CopiesOutOfHistory.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    List<HistoryLevel> levels = engine.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(engine.getCustomHistoryLevels());
    levels.add(new FullWithoutCopies());
    engine.setCustomHistoryLevels(levels);
    LOG.info("History level full keeps the task-local copies of the product's header out of the history");
  }

  /** History level full, without the task-local copies' variable events. */
  static final class FullWithoutCopies implements HistoryLevel {

    @Override
    public int getId() {
      return HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
      return HISTORY_LEVEL_FULL.getName();
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return !isCopy(entity) && HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    /** A task's own variable of a name {@link TaskPresentation} copies to tasks. */
    static boolean isCopy(Object entity) {
      return entity instanceof VariableInstance variable && variable.getTaskId() != null
          && TaskPresentation.isCopiedName(variable.getName());
    }
  }
}
