package org.privacyportal.frontend.account;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/**
 * Whose account the signed-in person is acting on: their own (the default), or a minor's they chose
 * in the account switcher. Every self-service view asks this for the patron id to send to the
 * backend. Choosing grants nothing: the backend decides each request, and a patron id the person
 * may not act on gets the same "not found" as one that does not exist.
 */
public final class ActingAccount {

  private static final String ATTRIBUTE = ActingAccount.class.getName();

  private ActingAccount() {}

  /** The patron id to act on: the chosen account, else the signed-in person's own record. */
  public static BackendAnswer<String> patronId(BackendClient backend) {
    Optional<String> chosen = chosen();
    if (chosen.isPresent()) {
      return new BackendAnswer.Found<>(chosen.get());
    }
    return backend.me().map(patron -> patron.id());
  }

  /** The account chosen in the switcher, if another than the person's own. */
  public static Optional<String> chosen() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
  }

  /** Act on this patron's account from now on in this session (null: on one's own again). */
  public static void choose(String patronId) {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(ATTRIBUTE, patronId);
    }
  }
}
