package org.privacyportal.backend.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.patron.ProfileMapper;

/** Records desk lookups: who looked up which patron, why, until when it lets them read. */
public final class DeskLookupService {

  /**
   * How long a lookup lets its staff member read the patron's records: one conversation at the
   * desk or on the phone. A later question needs a new lookup with its own reason.
   */
  public static final Duration VALIDITY = Duration.ofMinutes(30);

  private final SqlSessionFactory sessions;
  private final Clock clock;

  public DeskLookupService(SqlSessionFactory sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The new lookup, or empty when there is no such patron. */
  public Optional<DeskLookup> create(String staffSubject, String patronId, String reason, String branch) {
    // The database keeps microseconds; the answer must show the expiry exactly as stored.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    try (SqlSession session = sessions.openSession(false)) {
      if (session.getMapper(ProfileMapper.class).findBirthDate(patronId) == null) {
        return Optional.empty();
      }
      DeskLookup lookup = new DeskLookup(UUID.randomUUID().toString(), staffSubject, patronId, reason, branch,
          now, now.plus(VALIDITY));
      session.getMapper(DeskLookupMapper.class).insert(lookup);
      session.commit(true);
      return Optional.of(lookup);
    }
  }
}
