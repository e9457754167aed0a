package vn.ocop.workflow.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.ocop.workflow.unit.TestUnits;

class PrepareAwarenessCampaignDelegateTest {

  @Test
  void aCampaignOpenedInJanuaryOrFebruaryIsDueAtTheEndOfFebruary() {
    assertThat(PrepareAwarenessCampaignDelegate.deadline(LocalDateTime.of(2027, 2, 1, 8, 0)))
        .isEqualTo(LocalDateTime.of(2027, 2, 28, 23, 59, 59));
    assertThat(PrepareAwarenessCampaignDelegate.deadline(LocalDateTime.of(2028, 2, 1, 8, 0)))
        .as("leap year").isEqualTo(LocalDateTime.of(2028, 2, 29, 23, 59, 59));
    assertThat(PrepareAwarenessCampaignDelegate.deadline(LocalDateTime.of(2027, 1, 15, 10, 0)))
        .isEqualTo(LocalDateTime.of(2027, 2, 28, 23, 59, 59));
  }

  @Test
  void aCampaignOpenedAfterFebruaryIsDueInThirtyDays() {
    assertThat(PrepareAwarenessCampaignDelegate.deadline(LocalDateTime.of(2026, 3, 1, 0, 0)))
        .isEqualTo(LocalDateTime.of(2026, 3, 31, 23, 59, 59));
    assertThat(PrepareAwarenessCampaignDelegate.deadline(LocalDateTime.of(2026, 12, 10, 15, 30)))
        .isEqualTo(LocalDateTime.of(2027, 1, 9, 23, 59, 59));
  }

  @Test
  void listsTheUnitGroupsOfEachLevelAndKeepsAGivenSubmissionDate() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("submissionDate")).thenReturn(new Date(0));

    new PrepareAwarenessCampaignDelegate(TestUnits.sample()).execute(execution);

    assertThat(groups(execution, "provinceGroups")).containsExactly("province24");
    assertThat(groups(execution, "districtGroups")).containsExactly("district215", "district217");
    assertThat(groups(execution, "communeGroups")).containsExactly("commune07201", "commune07204",
        "commune07207", "commune07591", "commune07594", "commune07597");
    verify(execution).setVariable(eq("campaignYear"), eq(LocalDateTime.now().getYear()));
    verify(execution).setVariable(eq("campaignDeadline"), any(Date.class));
    verify(execution, never()).setVariable(eq("submissionDate"), any());
  }

  @SuppressWarnings("unchecked")
  static List<String> groups(DelegateExecution execution, String name) {
    ArgumentCaptor<Object> value = ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariable(eq(name), value.capture());
    ObjectValue object = (ObjectValue) value.getValue();
    assertThat(object.getSerializationDataFormat()).isEqualTo("application/json");
    return (List<String>) object.getValue();
  }
}
