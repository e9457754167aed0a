package vn.ocop.workflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The type of a document read from its bytes by Apache Tika (magic numbers; the file name only narrows a
 * container the bytes already show, a Word or Excel file inside an Office container), and whether a dossier
 * takes it: PDF, images, office documents.
 */
final class ContentTypes {

  /** Accepted types and the extension a download gets. */
  static final Map<String, String> ACCEPTED = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("image/jpeg", "jpg"),
      Map.entry("image/png", "png"),
      Map.entry("image/webp", "webp"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"));

  static final String REFUSAL = "Chỉ nhận tệp PDF, ảnh (JPEG, PNG, WebP) hoặc văn bản Word, Excel, OpenDocument.";

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

  private ContentTypes() {
  }

  /** The type Tika reads from {@code content} ({@code fileName} only refines a container type). */
  static String detect(byte[] content, String fileName) {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    try (TikaInputStream stream = TikaInputStream.get(new ByteArrayInputStream(content))) {
      return DETECTOR.detect(stream, metadata).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean accepted(String contentType) {
    return ACCEPTED.containsKey(contentType);
  }

  /** Shown in the browser (PDF and images) rather than downloaded. */
  static boolean inline(String contentType) {
    return contentType.equals("application/pdf") || contentType.startsWith("image/");
  }
}
