package vn.ocop.workflow.awareness;

import java.time.LocalDateTime;

/**
 * A row of {@code ocop_campaign_report}: what one unit did in one year's awareness campaign.
 *
 * @param activities the codes of the activities carried out, comma-separated (e.g. {@code MEETING, LEAFLET})
 */
record CampaignReport(Long id, int campaignYear, String processInstanceId, String unitGroup, String activities, int peopleReached,
    String reportNote, String reportedBy, LocalDateTime reportedAt) {
}
