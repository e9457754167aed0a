package vn.ocop.workflow.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Enumeration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login is written back to the session store only when it changed.
 *
 * <p>Camunda's webapps keep the login ({@value #CAMUNDA_LOGIN}: the user, groups, tenants and apps) in the
 * HTTP session and set it again at the end of every request, changed or not; with the sessions in the
 * database (Spring Session JDBC, so that any node serves any request) every Tasklist poll would write the
 * serialized login to {@code SPRING_SESSION_ATTRIBUTES}. This filter, right after Spring Session's own,
 * lets that set through only when the login differs, byte for byte in its serialized form, from the one the
 * request read: after a login, a logout, or Camunda's re-validation of the user's groups (every 5 minutes,
 * done on the same object). Every other attribute and every other call passes unchanged. The session's
 * last access is still written on every request by Spring Session itself.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionWrites {

  static final String CAMUNDA_LOGIN = "authenticatedUser";

  @Bean
  FilterRegistrationBean<UnchangedLoginNotRewritten> unchangedLoginNotRewritten() {
    FilterRegistrationBean<UnchangedLoginNotRewritten> registration =
        new FilterRegistrationBean<>(new UnchangedLoginNotRewritten());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
    return registration;
  }

  static final class UnchangedLoginNotRewritten extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      chain.doFilter(new Request(request), response);
    }
  }

  /** The request whose session remembers the login it read. */
  static final class Request extends HttpServletRequestWrapper {

    private LoginAwareSession session;

    Request(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession current = super.getSession(create);
      return wrap(current);
    }

    @Override
    public HttpSession getSession() {
      return wrap(super.getSession());
    }

    private HttpSession wrap(HttpSession current) {
      if (current == null) {
        return null;
      }
      if (session == null || session.delegate != current) {
        session = new LoginAwareSession(current);
      }
      return session;
    }
  }

  /** A session that drops the setting of an unchanged login. */
  static final class LoginAwareSession implements HttpSession {

    private final HttpSession delegate;
    private Object loginRead;
    private byte[] loginReadBytes;

    LoginAwareSession(HttpSession delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object getAttribute(String name) {
      Object value = delegate.getAttribute(name);
      if (CAMUNDA_LOGIN.equals(name) && value != null && value != loginRead) {
        loginRead = value;
        loginReadBytes = serialized(value);
      }
      return value;
    }

    @Override
    public void setAttribute(String name, Object value) {
      if (CAMUNDA_LOGIN.equals(name) && value != null && value == loginRead && loginReadBytes != null
          && Arrays.equals(loginReadBytes, serialized(value))) {
        return;
      }
      delegate.setAttribute(name, value);
      if (CAMUNDA_LOGIN.equals(name)) {
        loginRead = value;
        loginReadBytes = value == null ? null : serialized(value);
      }
    }

    @Override
    public void removeAttribute(String name) {
      delegate.removeAttribute(name);
      if (CAMUNDA_LOGIN.equals(name)) {
        loginRead = null;
        loginReadBytes = null;
      }
    }

    /** The value as the session store writes it; {@code null} when it cannot be compared (always written). */
    static byte[] serialized(Object value) {
      if (!(value instanceof Serializable)) {
        return null;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      } catch (NotSerializableException e) {
        return null;
      } catch (IOException e) {
        return null;
      }
      return bytes.toByteArray();
    }

    @Override
    public long getCreationTime() {
      return delegate.getCreationTime();
    }

    @Override
    public String getId() {
      return delegate.getId();
    }

    @Override
    public long getLastAccessedTime() {
      return delegate.getLastAccessedTime();
    }

    @Override
    public jakarta.servlet.ServletContext getServletContext() {
      return delegate.getServletContext();
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
      delegate.setMaxInactiveInterval(interval);
    }

    @Override
    public int getMaxInactiveInterval() {
      return delegate.getMaxInactiveInterval();
    }

    @Override
    public Enumeration<String> getAttributeNames() {
      return delegate.getAttributeNames();
    }

    @Override
    public void invalidate() {
      loginRead = null;
      loginReadBytes = null;
      delegate.invalidate();
    }

    @Override
    public boolean isNew() {
      return delegate.isNew();
    }
  }
}
