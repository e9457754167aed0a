package vn.ocop.workflow.document;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.access.OcopGroups;
import vn.ocop.workflow.access.RequestUser;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Who may read and add documents of a product, by the same units as the tasks: officers of the product's
 * commune, of its district and of the province read and add; a council member reads the products they score
 * (a score sheet of theirs on one of its dossiers); supervisors and the administrator read every product;
 * nobody else anything. A product outside the user's reach is answered as if it did not exist.
 */
@Component
class DocumentAccess {

  enum Right { NONE, READ, WRITE }

  private final AdministrativeUnits units;
  private final DocumentMapper mapper;

  DocumentAccess(AdministrativeUnits units, DocumentMapper mapper) {
    this.units = units;
    this.mapper = mapper;
  }

  Right of(RequestUser user, long productId, String productCommune) {
    if (user.anonymous()) {
      return Right.NONE;
    }
    List<String> groups = user.groupIds();
    if (officerOf(groups, OcopGroups.COMMUNE_OFFICERS, productCommune)
        || officerOf(groups, OcopGroups.DISTRICT_OFFICERS, productCommune)
        || officerOf(groups, OcopGroups.PROVINCE_OFFICERS, productCommune)) {
      return Right.WRITE;
    }
    if (groups.contains(OcopGroups.SUPERVISORS) || groups.contains(OcopGroups.CAMUNDA_ADMIN)) {
      return Right.READ;
    }
    if (groups.contains(OcopGroups.COUNCIL_MEMBERS) && mapper.isScoringMember(productId, user.id())) {
      return Right.READ;
    }
    return Right.NONE;
  }

  /**
   * The communes whose products the user reaches as an officer ({@code null}: all of them, for supervisors
   * and the administrator); empty if none.
   */
  List<String> communesInReach(RequestUser user) {
    if (user.anonymous()) {
      return List.of();
    }
    List<String> groups = user.groupIds();
    java.util.Set<String> communes = new java.util.TreeSet<>();
    for (String role : List.of(OcopGroups.COMMUNE_OFFICERS, OcopGroups.DISTRICT_OFFICERS, OcopGroups.PROVINCE_OFFICERS)) {
      if (groups.contains(role)) {
        AdministrativeLevel level = levelOf(role);
        units.ofLevel(level).stream().filter(unit -> groups.contains(unit.groupId()))
            .forEach(unit -> units.communesOf(unit.code()).forEach(c -> communes.add(c.code())));
      }
    }
    if (communes.isEmpty() && (groups.contains(OcopGroups.SUPERVISORS) || groups.contains(OcopGroups.CAMUNDA_ADMIN))) {
      return null;
    }
    return List.copyOf(communes);
  }

  private static AdministrativeLevel levelOf(String role) {
    return switch (role) {
      case OcopGroups.COMMUNE_OFFICERS -> AdministrativeLevel.COMMUNE;
      case OcopGroups.DISTRICT_OFFICERS -> AdministrativeLevel.DISTRICT;
      default -> AdministrativeLevel.PROVINCE;
    };
  }

  /** Whether {@code groups} hold the role and the group of a unit whose communes include {@code commune}. */
  private boolean officerOf(List<String> groups, String role, String commune) {
    if (!groups.contains(role)) {
      return false;
    }
    AdministrativeLevel level = levelOf(role);
    for (AdministrativeUnit unit : units.ofLevel(level)) {
      if (groups.contains(unit.groupId())
          && units.communesOf(unit.code()).stream().anyMatch(c -> c.code().equals(commune))) {
        return true;
      }
    }
    return false;
  }
}
