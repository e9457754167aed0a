package vn.ocop.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  @Test
  void aPdfIsAPdfWhateverItsName() {
    assertThat(ContentTypes.detect(TestFiles.pdf("Mau 01"), "mau01.pdf")).isEqualTo("application/pdf");
    assertThat(ContentTypes.detect(TestFiles.pdf("Mau 01"), "anh.jpg")).isEqualTo("application/pdf");
    assertThat(ContentTypes.detect(TestFiles.pdf("Mau 01"), null)).isEqualTo("application/pdf");
  }

  @Test
  void aProgramNamedPdfIsRefused() {
    String type = ContentTypes.detect(TestFiles.exe(), "mau01.pdf");
    assertThat(type).isNotEqualTo("application/pdf");
    assertThat(ContentTypes.accepted(type)).isFalse();
  }

  @Test
  void plainTextNamedPdfIsRefused() {
    String type = ContentTypes.detect("Không phải PDF".getBytes(StandardCharsets.UTF_8), "mau01.pdf");
    assertThat(ContentTypes.accepted(type)).as(type).isFalse();
  }

  @Test
  void aPngIsAnImageShownInline() {
    String type = ContentTypes.detect(TestFiles.png(), "nhan.png");
    assertThat(type).isEqualTo("image/png");
    assertThat(ContentTypes.inline(type)).isTrue();
  }

  @Test
  void aWordDocumentIsAcceptedAndDownloaded() {
    String type = ContentTypes.detect(TestFiles.docx(), "mau02.docx");
    assertThat(type).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(ContentTypes.accepted(type)).isTrue();
    assertThat(ContentTypes.inline(type)).isFalse();
  }

  @Test
  void aFileNameLosesItsPathAndControlCharacters() {
    assertThat(Documents.cleanName("C:\\Users\\hop tac xa\\mau01.pdf")).isEqualTo("mau01.pdf");
    assertThat(Documents.cleanName("../../etc/pass\"wd\n")).isEqualTo("passwd");
    assertThat(Documents.cleanName("  ")).isEqualTo("tai-lieu");
  }
}
