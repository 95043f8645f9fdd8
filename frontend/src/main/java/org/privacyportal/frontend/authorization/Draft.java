package org.privacyportal.frontend.authorization;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An authorization being signed, kept in the session while the browser goes to Keycloak for the
 * fresh sign-in and back: whose, the terms, the text the patron read (its hash), the name they
 * typed, their tick, and when they asked for the fresh sign-in.
 */
record Draft(
    String patronId,
    Terms terms,
    Preview preview,
    String typedName,
    boolean statementAccepted,
    Instant stepUpAskedAt)
    implements Serializable {

  /**
   * Clock difference allowed between Keycloak's {@code auth_time} and this server's: a sign-in
   * counts as the fresh one if it happened at most this long before the patron asked for it.
   */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(10);

  private static final String ATTRIBUTE = Draft.class.getName();

  static Optional<Draft> current() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((Draft) session.getAttribute(ATTRIBUTE));
  }

  void keep() {
    VaadinSession.getCurrent().setAttribute(ATTRIBUTE, this);
  }

  static void forget() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(ATTRIBUTE, null);
    }
  }

  Draft reviewed(Preview newPreview) {
    return new Draft(patronId, terms, newPreview, typedName, statementAccepted, null);
  }

  Draft askingForSignIn(String name, boolean accepted, Instant now) {
    return new Draft(patronId, terms, preview, name, accepted, now);
  }

  /** True when the patron signed in at {@code signedInAt} after asking for the fresh sign-in. */
  boolean freshSignIn(Instant signedInAt) {
    return stepUpAskedAt != null
        && signedInAt != null
        && !signedInAt.isBefore(stepUpAskedAt.minus(CLOCK_SKEW));
  }

  Signature signature() {
    return Signature.of(terms, preview.textHash(), typedName, statementAccepted);
  }

  @Override
  public String toString() {
    return "Draft[" + terms + "]"; // no names
  }
}
