package vn.ocop.workflow.unit;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.form.FormValidationException;

/**
 * The commune a registration belongs to: the one a caller names (the full cycle, the REST API), or
 * else the only commune whose group the officer who starts it belongs to.
 */
@Component
public class CommuneResolver {

  private static final String PREFIX = "commune";

  private final AdministrativeUnits units;
  private final IdentityService identityService;

  CommuneResolver(AdministrativeUnits units, @Lazy IdentityService identityService) {
    this.units = units;
    this.identityService = identityService;
  }

  /**
   * The commune of a registration started with form {@code formId}: the variable {@code communeCode}
   * when a caller gives it, else the only commune of the officer in {@code initiator}. Refuses with a
   * Vietnamese message otherwise.
   */
  public AdministrativeUnit ofRegistration(DelegateExecution execution, String formId) {
    Object given = execution.getVariable("communeCode");
    if (given != null) {
      return named(given.toString()).orElseThrow(() -> new FormValidationException(formId,
          List.of("Mã xã «" + given + "» không có trong danh mục đơn vị hành chính.")));
    }
    Object initiator = execution.getVariable("initiator");
    List<AdministrativeUnit> ofOfficer = initiator == null ? List.of() : ofOfficer(initiator.toString());
    if (ofOfficer.size() != 1) {
      throw new FormValidationException(formId,
          List.of("Chỉ cán bộ OCOP của một xã mới tiếp nhận được hồ sơ, phiếu: không xác định được xã."));
    }
    return ofOfficer.get(0);
  }

  /** The named commune, if it is a commune of the reference data. */
  public Optional<AdministrativeUnit> named(String code) {
    return units.find(code).filter(unit -> unit.level() == AdministrativeLevel.COMMUNE);
  }

  /** The communes whose officers' group the user belongs to. */
  public List<AdministrativeUnit> ofOfficer(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .filter(id -> id.startsWith(PREFIX) && id.length() > PREFIX.length())
        .map(id -> named(id.substring(PREFIX.length())).orElse(null))
        .filter(unit -> unit != null)
        .toList();
  }
}
