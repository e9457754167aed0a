package vn.ocop.workflow.awareness;

import org.apache.ibatis.annotations.Mapper;

/** The awareness campaign reports, one row per unit and campaign. */
@Mapper
interface CampaignReportMapper {

  void insertReport(CampaignReport report);
}
