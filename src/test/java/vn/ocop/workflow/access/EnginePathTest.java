package vn.ocop.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnginePathTest {

  @Test
  void theRestApiAndTasklistsApiAreOneCanonicalPath() {
    EnginePath rest = EnginePath.parse("/engine-rest/task/abc/complete");
    EnginePath webapp = EnginePath.parse("/camunda/api/engine/engine/default/task/abc/complete");
    assertThat(rest).isEqualTo(webapp);
    assertThat(rest.api()).isEqualTo(EnginePath.Api.ENGINE);
    assertThat(rest.segments()).containsExactly("task", "abc", "complete");
  }

  @Test
  void trailingAndDoubleSlashesAreDropped() {
    assertThat(EnginePath.parse("/engine-rest/task/abc/submit-form/").segments())
        .containsExactly("task", "abc", "submit-form");
    assertThat(EnginePath.parse("/engine-rest//task//abc/submit-form//").segments())
        .containsExactly("task", "abc", "submit-form");
  }

  @Test
  void percentEncodedCharactersAreDecodedAsTheEngineDecodesThem() {
    assertThat(EnginePath.parse("/engine-rest/process-definition/key/productEvalu%61tion/st%61rt").segments())
        .containsExactly("process-definition", "key", "productEvaluation", "start");
    assertThat(EnginePath.parse("/camunda/api/engine/engine/def%61ult/task/x/complete").api())
        .isEqualTo(EnginePath.Api.ENGINE);
  }

  @Test
  void matrixParametersAreDropped() {
    assertThat(EnginePath.parse("/engine-rest/task;a=b/abc;x/complete;y=1").segments())
        .containsExactly("task", "abc", "complete");
  }

  @Test
  void anEncodedSlashOrDotSegmentOrBrokenEncodingIsRefused() {
    for (String uri : List.of("/engine-rest/task/a%2Fb/complete", "/engine-rest/task/%2e%2e/complete",
        "/engine-rest/task/a%5Cb/complete", "/engine-rest/task/%zz/complete", "/engine-rest/task/%c3/complete",
        "/engine-rest/task/a%00/complete")) {
      assertThatThrownBy(() -> EnginePath.parse(uri)).as(uri).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theCaseIsKeptSoThatAnotherCaseMatchesNoOperation() {
    EnginePath path = EnginePath.parse("/engine-rest/TASK/abc/Complete");
    assertThat(path.segments()).containsExactly("TASK", "abc", "Complete");
    assertThat(EngineOperations.allows(EngineRole.OFFICER, "POST", path, "xatamtien")).isFalse();
  }

  @Test
  void anotherEngineNameAndTheWebappsOwnApisAreTheirOwnApis() {
    assertThat(EnginePath.parse("/camunda/api/engine/engine/other/task").api()).isEqualTo(EnginePath.Api.OTHER_ENGINE);
    assertThat(EnginePath.parse("/camunda/api/engine/engine/").api()).isEqualTo(EnginePath.Api.ENGINE_LIST);
    EnginePath setup = EnginePath.parse("/camunda/api/admin/setup/default/user/create");
    assertThat(setup.api()).isEqualTo(EnginePath.Api.WEBAPP);
    assertThat(setup.segments()).containsExactly("admin", "setup", "default", "user", "create");
    assertThat(EnginePath.parse("/camunda/app/tasklist/default/")).isNull();
  }
}
