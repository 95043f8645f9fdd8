package org.privacyportal.backend.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.vocabulary.Category;

/**
 * Opens desk lookups (docs/desk.md): who looked up which patron, by the number on the card, why,
 * and until when it lets them read. Each attempt counts against the staff member's hourly limit
 * ({@link DeskLookupLimit}), found or not; a lookup made is itself the first entry it writes to the
 * patron's access log (category profile: the staff member now knows whose card it is), through the
 * access core in the lookup's own transaction.
 */
public final class DeskLookupService {

  /**
   * How long a lookup lets its staff member read the patron's records: one conversation at the desk
   * or on the phone. A later question needs a new lookup with its own reason.
   */
  public static final Duration VALIDITY = Duration.ofMinutes(30);

  /** What the staff member asked for. */
  public record Request(String cardNumber, DeskReason reason, String note, String branch) {
    @Override
    public String toString() {
      return "DeskLookupService.Request[reason="
          + reason
          + "]"; // card numbers and notes stay out of logs
    }
  }

  /** How an attempt ended. */
  public sealed interface Outcome {}

  /** The lookup, and the categories it opens. */
  public record Opened(DeskLookup lookup, Set<Category> categories) implements Outcome {}

  /**
   * No patron holds this card, or the access rule refuses (an impersonator who is not known staff,
   * a staff member's own card): the same answer as a refusal.
   */
  public record NotFound() implements Outcome {}

  /** Over the staff member's hourly limit; nothing was looked up. */
  public record TooMany(long retryAfterSeconds) implements Outcome {}

  private final SqlSessionFactory sessions;
  private final AccessCore core;
  private final DeskLookupLimit limit;
  private final Clock clock;

  public DeskLookupService(
      SqlSessionFactory sessions, AccessCore core, DeskLookupLimit limit, Clock clock) {
    this.sessions = sessions;
    this.core = core;
    this.limit = limit;
    this.clock = clock;
  }

  public Outcome open(AuthenticatedUser user, Request request) {
    // Through an impersonation token it is the staff member behind it who looks the patron up.
    String staff = user.isImpersonated() ? user.impersonatorId() : user.subject();
    Optional<Long> wait = countAttempt(staff);
    if (wait.isPresent()) {
      return new TooMany(wait.get());
    }
    // The database keeps microseconds; the answer must show the expiry exactly as stored.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    String lookupId = UUID.randomUUID().toString();
    AtomicReference<DeskLookup> made = new AtomicReference<>();
    // One unit of work: the card is resolved and the lookup written in its transaction, then the
    // access rule decides on the lookup itself (library business on the profile: the staff member
    // learns whose card this is), and the core logs that access and commits. Refused: rolled back.
    Optional<DeskLookup> opened =
        core.run(
            user,
            session -> {
              DeskLookupMapper mapper = session.getMapper(DeskLookupMapper.class);
              String patronId = mapper.findPatronIdByCard(request.cardNumber());
              if (patronId == null) {
                return null;
              }
              made.set(
                  new DeskLookup(
                      lookupId,
                      staff,
                      patronId,
                      request.reason().name(),
                      request.note(),
                      request.branch(),
                      now,
                      now.plus(VALIDITY)));
              mapper.insert(made.get());
              return new AccessCore.Target(
                  patronId,
                  Purpose.libraryBusiness(
                      Category.PROFILE, new RequestContext(null, lookupId, null)));
            },
            scope -> made.get());
    return opened
        .<Outcome>map(lookup -> new Opened(lookup, AccessPolicy.DESK_LOOKUP_CATEGORIES))
        .orElseGet(NotFound::new);
  }

  /**
   * Counts the attempt against the staff member's hourly limit, in a transaction of its own that
   * commits whatever the lookup then finds (a card nobody holds costs an attempt too). Empty:
   * within the limit; else the seconds to wait.
   */
  private Optional<Long> countAttempt(String staff) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Long> wait = limit.take(session.getMapper(DeskLookupMapper.class), staff, now);
      if (wait.isPresent()) {
        session.rollback(true);
      } else {
        session.commit(true);
      }
      return wait;
    }
  }
}
