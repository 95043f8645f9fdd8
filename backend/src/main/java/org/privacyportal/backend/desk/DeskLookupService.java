package org.privacyportal.backend.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.Category;

/**
 * Opens desk lookups (docs/desk.md): who looked up which patron, by the number on the card, why, and
 * until when it lets them read. Each attempt counts against the staff member's hourly limit
 * ({@link DeskLookupLimit}), found or not; a lookup made is itself the first entry it writes to the
 * patron's access log (category profile: the staff member now knows whose card it is), in the same
 * transaction.
 */
public final class DeskLookupService {

  /**
   * How long a lookup lets its staff member read the patron's records: one conversation at the
   * desk or on the phone. A later question needs a new lookup with its own reason.
   */
  public static final Duration VALIDITY = Duration.ofMinutes(30);

  /** What the staff member asked for. */
  public record Request(String cardNumber, DeskReason reason, String note, String branch) {
    @Override
    public String toString() {
      return "DeskLookupService.Request[reason=" + reason + "]"; // card numbers and notes stay out of logs
    }
  }

  /** How an attempt ended. */
  public sealed interface Outcome {
  }

  /** The lookup, and the categories it opens. */
  public record Opened(DeskLookup lookup, Set<Category> categories) implements Outcome {
  }

  /** No patron holds this card (or the caller cannot look anyone up): the same answer as a refusal. */
  public record NotFound() implements Outcome {
  }

  /** Over the staff member's hourly limit; nothing was looked up. */
  public record TooMany(long retryAfterSeconds) implements Outcome {
  }

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;
  private final DeskLookupLimit limit;
  private final Clock clock;

  public DeskLookupService(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog,
      DeskLookupLimit limit, Clock clock) {
    this.sessions = sessions;
    this.policy = policy;
    this.accessLog = accessLog;
    this.limit = limit;
    this.clock = clock;
  }

  public Outcome open(AuthenticatedUser user, Request request) {
    // The database keeps microseconds; the answer must show the expiry exactly as stored.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // Through an impersonation token it is the staff member behind it who looks the patron up.
    String staff = user.isImpersonated() ? user.impersonatorId() : user.subject();
    try (SqlSession session = sessions.openSession(false)) {
      DeskLookupMapper mapper = session.getMapper(DeskLookupMapper.class);
      Optional<Long> wait = limit.take(mapper, staff, now);
      if (wait.isPresent()) {
        session.rollback(true);
        return new TooMany(wait.get());
      }
      String patronId = mapper.findPatronIdByCard(request.cardNumber());
      if (patronId == null) {
        session.commit(true); // the attempt counts: trying card numbers runs into the limit
        return new NotFound();
      }
      DeskLookup lookup = new DeskLookup(UUID.randomUUID().toString(), staff, patronId, request.reason().name(),
          request.note(), request.branch(), now, now.plus(VALIDITY));
      mapper.insert(lookup);
      // The lookup's first use is its own creation: the staff member learns whose card this is.
      Optional<Grant> grant = policy.decide(session, user, patronId, Category.PROFILE,
          new RequestContext(null, lookup.id(), null));
      if (grant.isEmpty()) {
        session.rollback(true); // e.g. an impersonation token whose impersonator is not known staff
        return new NotFound();
      }
      if (grant.get().isLogged()) { // a staff member looking up their own card reads as themself
        accessLog.append(session, grant.get().entry(patronId, Category.PROFILE, now));
      }
      session.commit(true);
      return new Opened(lookup, AccessPolicy.DESK_LOOKUP_CATEGORIES);
    }
  }
}
