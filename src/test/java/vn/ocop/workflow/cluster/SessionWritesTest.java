package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** The webapps' login is set in the session store only when it changed ({@link SessionWrites}). */
class SessionWritesTest {

  /** A login as Camunda keeps it: a serializable object it changes in place. */
  static final class Login implements Serializable {
    final List<String> groups = new ArrayList<>(List.of("commune07201"));
  }

  /** A session store that counts what is set in it. */
  static final class CountingSession extends MockHttpSession {
    int sets;

    @Override
    public void setAttribute(String name, Object value) {
      sets++;
      super.setAttribute(name, value);
    }
  }

  @Test
  void anUnchangedLoginSetAgainAtTheEndOfARequestIsNotWritten() {
    CountingSession store = new CountingSession();
    Login login = new Login();
    store.setAttribute(SessionWrites.CAMUNDA_LOGIN, login);
    store.sets = 0;

    SessionWrites.LoginAwareSession session = new SessionWrites.LoginAwareSession(store);
    Object read = session.getAttribute(SessionWrites.CAMUNDA_LOGIN);
    session.setAttribute(SessionWrites.CAMUNDA_LOGIN, read);

    assertThat(store.sets).isZero();
    assertThat(store.getAttribute(SessionWrites.CAMUNDA_LOGIN)).isSameAs(login);
  }

  @Test
  void aLoginChangedInPlaceIsWritten() {
    CountingSession store = new CountingSession();
    Login login = new Login();
    store.setAttribute(SessionWrites.CAMUNDA_LOGIN, login);
    store.sets = 0;

    SessionWrites.LoginAwareSession session = new SessionWrites.LoginAwareSession(store);
    Login read = (Login) session.getAttribute(SessionWrites.CAMUNDA_LOGIN);
    read.groups.add("communeOfficers");
    session.setAttribute(SessionWrites.CAMUNDA_LOGIN, read);

    assertThat(store.sets).isEqualTo(1);
  }

  @Test
  void aNewLoginIsWritten() {
    CountingSession store = new CountingSession();
    store.setAttribute(SessionWrites.CAMUNDA_LOGIN, new Login());
    store.sets = 0;

    SessionWrites.LoginAwareSession session = new SessionWrites.LoginAwareSession(store);
    session.getAttribute(SessionWrites.CAMUNDA_LOGIN);
    Login another = new Login();
    session.setAttribute(SessionWrites.CAMUNDA_LOGIN, another);

    assertThat(store.sets).isEqualTo(1);
    assertThat(store.getAttribute(SessionWrites.CAMUNDA_LOGIN)).isSameAs(another);
  }

  @Test
  void aLoginNeverReadInTheRequestIsWritten() {
    CountingSession store = new CountingSession();
    SessionWrites.LoginAwareSession session = new SessionWrites.LoginAwareSession(store);

    session.setAttribute(SessionWrites.CAMUNDA_LOGIN, new Login());

    assertThat(store.sets).isEqualTo(1);
  }

  @Test
  void otherAttributesAreWrittenAsAlways() {
    CountingSession store = new CountingSession();
    store.setAttribute("CAMUNDA_CSRF_TOKEN", "A1B2");
    store.sets = 0;

    SessionWrites.LoginAwareSession session = new SessionWrites.LoginAwareSession(store);
    Object token = session.getAttribute("CAMUNDA_CSRF_TOKEN");
    session.setAttribute("CAMUNDA_CSRF_TOKEN", token);

    assertThat(store.sets).isEqualTo(1);
  }

  @Test
  void aLoginThatCannotBeSerializedIsAlwaysWritten() {
    CountingSession store = new CountingSession();
    Object login = new Object();
    store.setAttribute(SessionWrites.CAMUNDA_LOGIN, login);
    store.sets = 0;

    SessionWrites.LoginAwareSession session = new SessionWrites.LoginAwareSession(store);
    session.setAttribute(SessionWrites.CAMUNDA_LOGIN, session.getAttribute(SessionWrites.CAMUNDA_LOGIN));

    assertThat(store.sets).isEqualTo(1);
  }
}
