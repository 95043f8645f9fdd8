package org.privacyportal.backend.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.demo.DemoPatrons.DemoPatron;
import org.privacyportal.backend.patron.PatronMapper;
import org.privacyportal.backend.patron.PatronProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo patrons when PORTAL_DEMO_DATA is true. Idempotent: a patron whose card number
 * is already there is left exactly as it is (same id, same data), so restarts never duplicate
 * or renumber anyone. All inserts happen in one transaction: all or nothing.
 */
public final class DemoDataLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  private final SqlSessionFactory sessions;
  private final Clock clock;

  public DemoDataLoader(SqlSessionFactory sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Inserts the demo patrons that are missing; returns how many it inserted. */
  public int load() {
    int inserted = 0;
    int present = 0;
    try (SqlSession session = sessions.openSession(false)) {
      PatronMapper patrons = session.getMapper(PatronMapper.class);
      for (DemoPatron demo : DemoPatrons.all(LocalDate.now(clock))) {
        PatronProfile profile = demo.profile();
        if (patrons.findIdByCardNumber(profile.cardNumber()) != null) {
          present++;
          continue;
        }
        patrons.insert(withRandomId(profile), demo.keycloakSubject());
        inserted++;
      }
      session.commit();
    }
    // Counts only: the log never names a patron.
    LOG.info("Demo data: {} patrons inserted, {} already present", inserted, present);
    return inserted;
  }

  private static PatronProfile withRandomId(PatronProfile p) {
    return new PatronProfile(UUID.randomUUID().toString(), p.firstName(), p.lastName(), p.cardNumber(),
        p.birthDate(), p.email(), p.phone(), p.address(), p.accountType(), p.expiresOn());
  }
}
