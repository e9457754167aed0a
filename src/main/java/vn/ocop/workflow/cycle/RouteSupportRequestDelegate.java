package vn.ocop.workflow.cycle;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/** Task_RouteSupportRequest: records the producer's request and routes it to the unit of the level that handles it. */
@Component("routeSupportRequestDelegate")
class RouteSupportRequestDelegate implements JavaDelegate {

  private final CycleMapper mapper;

  RouteSupportRequestDelegate(CycleMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportTypes type = SupportTypes.valueOf(execution.getVariable(CycleVariables.SUPPORT_TYPE).toString());
    CycleMapper.SupportRequestRow request = new CycleMapper.SupportRequestRow();
    request.productId = EvaluationVariables.productId(execution);
    request.supportType = type.name();
    request.description = execution.getVariable(CycleVariables.SUPPORT_DESCRIPTION).toString().trim();
    request.handlerLevel = type.level;
    request.status = "OPEN";
    request.requestedAt = LocalDateTime.now();
    mapper.insertSupportRequest(request);
    String unitCode = execution.getVariable(SupportTypes.GROUP_VARIABLE.get(type.level)).toString();
    execution.setVariable(CycleVariables.SUPPORT_REQUEST_ID, request.id);
    execution.setVariable(CycleVariables.SUPPORT_TYPE_NAME, type.vietnamese);
    execution.setVariable(CycleVariables.SUPPORT_HANDLER_GROUP, type.level.toLowerCase() + unitCode);
  }
}
