package vn.ocop.workflow.notice;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Vietnamese mail templates ({@code vn/ocop/workflow/notice/mail/*.txt}, Thymeleaf text mode): the first
 * line a template writes is the subject, the rest the body.
 */
@Component
class NoticeTemplates {

  record Message(String subject, String body) {
  }

  private final TemplateEngine engine = new TemplateEngine();

  NoticeTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("vn/ocop/workflow/notice/mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  Message render(NoticeType type, Map<String, Object> values) {
    Context context = new Context();
    context.setVariables(values);
    context.setVariable("type", type.name());
    String text = engine.process(type.template(), context).replace("\r\n", "\n")
        .replaceAll("(?m)^[ \t]+$", "").replaceAll("\n{3,}", "\n\n").strip();
    int end = text.indexOf('\n');
    if (end < 0) {
      throw new IllegalStateException("Mail template " + type.template() + " wrote no body");
    }
    return new Message(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
  }
}
