package org.privacyportal.backend.demo;

import static org.privacyportal.backend.demo.DemoPatrons.ALICE_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.ALICE_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.EVELYN_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.THEO_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.THEO_GRANTOR_CARD;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.GroundMapper;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.authorization.AuthorizationForm;
import org.privacyportal.backend.authorization.AuthorizationMapper;
import org.privacyportal.backend.authorization.Authorizations;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The demo's written authorizations, made the way a patron makes one in the portal: previewed,
 * signed with the typed name and a fresh sign-in, and revoked, through the same service and access
 * core as the API (authorization/Authorizations), at the moment the demo is loaded. Nothing is
 * inserted behind the service's back, so everything the demo shows is something the portal does.
 *
 * <p>Alice authorized Minh Nguyen, a relative without a card (the desk showed him her holds:
 * DemoAccessLog); Evelyn Carter authorized her son Robert and revoked it, then authorized Theo
 * Grant by his card, so that the {@code thirdparty} login sees her loans and holds.
 */
final class DemoAuthorizations {

  /** What the access core needs to read and write for a self-service signature. */
  private static final List<Class<?>> MAPPERS =
      List.of(AuthorizationMapper.class, GroundMapper.class, ConsentMapper.class);

  private final Authorizations authorizations;
  private final Clock clock;
  private final SqlSessionFactory sessions;
  private final LibraryProfile profile;

  /**
   * @param accessLog the access log, or null when the demo is loaded without one: the patrons sign
   *     for themselves, which is never logged
   */
  DemoAuthorizations(
      SqlSessionFactory sessions, Clock clock, LibraryProfile profile, AccessLog accessLog) {
    register(sessions.getConfiguration());
    this.sessions = sessions;
    this.clock = clock;
    this.profile = profile;
    AccessLog log =
        accessLog != null
            ? accessLog
            : (session, entry) -> {
              throw new IllegalStateException("a demo signature by the patron is never logged");
            };
    this.authorizations =
        new Authorizations(
            new AccessCore(sessions, new AccessPolicy(profile, clock), log),
            Authorizations.DEFAULT_SIGNATURE_MAX_AGE);
  }

  private static void register(Configuration configuration) {
    synchronized (configuration) {
      for (Class<?> mapper : MAPPERS) {
        if (!configuration.hasMapper(mapper)) {
          configuration.addMapper(mapper);
        }
      }
    }
  }

  /** Signs (and revokes) the demo's authorizations, after the demo's rows are committed. */
  void sign() {
    String alice = patronId(ALICE_CARD);
    String evelyn = patronId(THEO_GRANTOR_CARD);
    String theoCard = THEO_CARD;
    LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
    sign(
        ALICE_SUBJECT,
        alice,
        "Alice Nguyen",
        form(
            "Minh Nguyen",
            null,
            List.of(Category.LOANS, Category.HOLDS, Category.FINES),
            "Picking up my holds and paying my fines while I recover from surgery.",
            today,
            today.plusDays(27)));
    String son =
        sign(
            EVELYN_SUBJECT,
            evelyn,
            "Evelyn Carter",
            form(
                "Robert Carter",
                null,
                List.of(Category.LOANS, Category.FINES),
                "My son helps me with overdue notices.",
                today,
                today.plusDays(265)));
    authorizations
        .revoke(caller(EVELYN_SUBJECT), evelyn, son)
        .orElseThrow(() -> new IllegalStateException("the demo could not revoke an authorization"));
    sign(
        EVELYN_SUBJECT,
        evelyn,
        "Evelyn Carter",
        form(
            "Theo Grant",
            theoCard,
            List.of(Category.LOANS, Category.HOLDS),
            "Theo collects my holds and returns my books while I cannot drive.",
            today,
            today.plusDays(20)));
  }

  private static AuthorizationForm form(
      String granteeName,
      String granteeCard,
      List<Category> categories,
      String purpose,
      LocalDate from,
      LocalDate until) {
    return new AuthorizationForm(
        granteeName, granteeCard, categories, purpose, from, until, Language.ENGLISH);
  }

  /** Preview, then sign with the previewed text's hash, as the portal's form does. */
  private String sign(String subject, String patronId, String typedName, AuthorizationForm form) {
    AuthenticatedUser caller = caller(subject);
    Authorizations.Preview preview =
        authorizations
            .preview(caller, patronId, form)
            .orElseThrow(() -> new IllegalStateException("a demo patron may not sign"));
    return authorizations
        .sign(
            caller, patronId, form, new AuthorizationForm.Signature(preview.textHash(), typedName))
        .orElseThrow(() -> new IllegalStateException("a demo patron may not sign"))
        .id();
  }

  /** The patron's own token, as if they had just signed in (auth_time: now). */
  private AuthenticatedUser caller(String subject) {
    Instant now = clock.instant();
    return new AuthenticatedUser(
        subject, Set.of("patron"), null, now.plus(Duration.ofMinutes(5)), now);
  }

  private String patronId(String card) {
    try (SqlSession session = sessions.openSession()) {
      String id = session.getMapper(DemoDataMapper.class).findPatronIdByCard(card);
      if (id == null) {
        throw new IllegalStateException("a demo patron is missing");
      }
      return id;
    }
  }
}
