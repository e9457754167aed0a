package vn.ocop.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.unit.UnitGroups;
import vn.ocop.workflow.product.ProductVariables;

/** Task_RouteSupportRequest: records the producer's request and routes it to the unit of the level that handles it. */
@Component("routeSupportRequestDelegate")
class RouteSupportRequestDelegate implements JavaDelegate {

  private final CycleMapper mapper;

  private final UnitGroups groups;

  RouteSupportRequestDelegate(CycleMapper mapper, UnitGroups groups) {
    this.mapper = mapper;
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupportTypes type = SupportTypes.valueOf(execution.getVariable(CycleVariables.SUPPORT_TYPE).toString());
    CycleMapper.SupportRequestRow request = new CycleMapper.SupportRequestRow();
    request.productId = ProductVariables.productId(execution);
    request.supportType = type.name();
    request.description = execution.getVariable(CycleVariables.SUPPORT_DESCRIPTION).toString().trim();
    request.handlerLevel = type.level;
    request.status = "OPEN";
    request.requestedAt = EngineClock.dateTime();
    mapper.insertSupportRequest(request);
    execution.setVariable(CycleVariables.SUPPORT_REQUEST_ID, request.id);
    execution.setVariable(CycleVariables.SUPPORT_TYPE_NAME, type.vietnamese);
    execution.setVariable(CycleVariables.SUPPORT_HANDLER_GROUP, groups.of(execution, type.level));
  }
}
