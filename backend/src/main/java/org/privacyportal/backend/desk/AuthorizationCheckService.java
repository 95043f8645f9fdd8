package org.privacyportal.backend.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;

/**
 * Desk verification of written authorizations (docs/desk.md): a staff member enters the code
 * printed on the authorization and the type of identification the grantee showed; a valid code
 * makes a check that lets that staff member read the authorized categories for {@link #VALIDITY}.
 * Making the check is itself an access (the staff member learns whose authorization it is), logged
 * through the access core in the check's own transaction. Codes that match nothing are counted per
 * staff member ({@link DeskLookupLimit}, {@code PORTAL_AUTHORIZATION_CODE_TRIES_PER_HOUR}).
 */
public final class AuthorizationCheckService {

  /** As long as a desk lookup: one conversation at the desk. */
  public static final Duration VALIDITY = DeskLookupService.VALIDITY;

  /** What the staff member entered. */
  public record Request(String code, IdType idType) {
    @Override
    public String toString() {
      return "AuthorizationCheckService.Request[idType=" + idType + "]"; // the code stays out
    }
  }

  /** How a check ended. */
  public sealed interface Outcome {}

  /** The check made, and what it shows. */
  public record Checked(
      String id,
      String patronId,
      String patronName,
      String granteeName,
      List<String> categories,
      Instant validUntil,
      Instant expiresAt)
      implements Outcome {
    @Override
    public String toString() {
      return "Checked[id=" + id + "]"; // names stay out of logs
    }
  }

  /** No authorization has this code; counted. */
  public record WrongCode(int triesLeft) implements Outcome {}

  /**
   * The code is an authorization's, which does not open anything now: REVOKED, EXPIRED,
   * NOT_YET_VALID or ENDED_AT_MAJORITY.
   */
  public record NotInForce(String code) implements Outcome {}

  /** Too many wrong codes in the last hour; nothing was looked up. */
  public record TooMany(long retryAfterSeconds) implements Outcome {}

  /** The access rule refused (a token that is not a staff member's own sign-in). */
  public record Refused() implements Outcome {}

  private final SqlSessionFactory sessions;
  private final AccessCore core;
  private final DeskLookupLimit limit;
  private final Clock clock;

  public AuthorizationCheckService(
      SqlSessionFactory sessions, AccessCore core, DeskLookupLimit limit, Clock clock) {
    this.sessions = sessions;
    this.core = core;
    this.limit = limit;
    this.clock = clock;
  }

  public Outcome check(AuthenticatedUser user, Request request) {
    if (!AccessPolicy.isStaffSignIn(user)) {
      return new Refused();
    }
    String staff = user.subject();
    String code = request.code();
    // The database keeps microseconds; the answer shows the expiry exactly as stored.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Outcome early = matchAndCount(staff, code, now);
    if (early != null) {
      return early;
    }
    String checkId = UUID.randomUUID().toString();
    AtomicReference<String> authorization = new AtomicReference<>();
    // One unit of work: the check is written, the access rule decides on it (the staff member
    // learns whose authorization this is), the core logs that and commits; refused: rolled back.
    Optional<Checked> checked =
        core.run(
            user,
            session -> {
              AuthorizationCheckMapper mapper = session.getMapper(AuthorizationCheckMapper.class);
              AuthorizationCheckMapper.CodeMatch match = mapper.findByCode(code);
              if (match == null) {
                return null;
              }
              authorization.set(match.authorizationId());
              mapper.insertCheck(
                  checkId,
                  staff,
                  match.authorizationId(),
                  request.idType().name(),
                  now,
                  now.plus(VALIDITY));
              return new AccessCore.Target(match.patronId(), Purpose.authorizationCheck(checkId));
            },
            scope -> {
              AuthorizationCheckMapper mapper =
                  scope.session().getMapper(AuthorizationCheckMapper.class);
              AuthorizationCheckMapper.Shown shown = mapper.shown(authorization.get());
              return new Checked(
                  checkId,
                  scope.patronId(),
                  shown.patronName(),
                  shown.granteeName(),
                  mapper.categories(authorization.get()),
                  shown.validUntil(),
                  now.plus(VALIDITY));
            });
    return checked.<Outcome>map(c -> c).orElseGet(Refused::new);
  }

  /**
   * In a transaction of its own, under the staff member's lock: over the limit, a wrong code
   * (counted, committed whatever follows), or an authorization not in force; null when the code is
   * an authorization in force.
   */
  private Outcome matchAndCount(String staff, String code, Instant now) {
    try (SqlSession session = sessions.openSession(false)) {
      AuthorizationCheckMapper mapper = session.getMapper(AuthorizationCheckMapper.class);
      Optional<Long> wait = limit.check(mapper, staff, now);
      if (wait.isPresent()) {
        session.rollback(true);
        return new TooMany(wait.get());
      }
      AuthorizationCheckMapper.CodeMatch match = mapper.findByCode(code);
      if (match == null) {
        limit.count(mapper, staff, now);
        int left = limit.left(mapper, staff, now);
        session.commit(true);
        return new WrongCode(left);
      }
      session.commit(true); // the staff member's lock row, made on first use
      String status = status(match, now);
      return status == null ? null : new NotInForce(status);
    }
  }

  /** Why an authorization opens nothing at {@code now}, or null when it is in force. */
  private String status(AuthorizationCheckMapper.CodeMatch match, Instant now) {
    AccessPolicy policy = core.policy();
    LocalDate today = LocalDate.ofInstant(now, policy.profile().timeZone());
    if (match.revokedAt() != null && !match.revokedAt().isAfter(now)) {
      return "REVOKED";
    }
    if (match.validFrom().isAfter(now)) {
      return "NOT_YET_VALID";
    }
    if (!match.validUntil().isAfter(now)) {
      return "EXPIRED";
    }
    boolean minor = policy.isMinor(match.patronBirthDate(), today);
    if (!AccessPolicy.authorizationInForce(match.signedByRole(), minor)) {
      return "ENDED_AT_MAJORITY";
    }
    return null;
  }
}
