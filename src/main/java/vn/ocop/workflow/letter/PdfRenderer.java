package vn.ocop.workflow.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * PDF from a Vietnamese XHTML template ({@code vn/ocop/workflow/letter/templates/*.html}, Thymeleaf) laid
 * out by openhtmltopdf on PDFBox, in DejaVu Serif (embedded, subset): a free font with every Vietnamese
 * letter and tone mark (Bitstream Vera licence, fonts/LICENSE-DejaVu.txt).
 */
@Component
class PdfRenderer {

  static final String FONT_FAMILY = "DejaVu Serif";

  static {
    // openhtmltopdf's own logger writes every step at INFO to stderr: only its warnings
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final TemplateEngine engine = new TemplateEngine();
  private final byte[] regular;
  private final byte[] bold;

  PdfRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("vn/ocop/workflow/letter/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    regular = font("DejaVuSerif.ttf");
    bold = font("DejaVuSerif-Bold.ttf");
  }

  byte[] render(String template, Map<String, Object> values) {
    Context context = new Context();
    context.setVariables(values);
    String html = engine.process(template, context);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lay out the document " + template, e);
    }
    return out.toByteArray();
  }

  private static byte[] font(String name) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Font " + name + " missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
