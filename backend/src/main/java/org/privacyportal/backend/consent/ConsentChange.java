package org.privacyportal.backend.consent;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;

/**
 * The transaction of a change to a patron's consents (opt-ins, the policy acceptance, the SMS
 * number). Such a change reads (access rule, patron) before it takes the patron's lock
 * ({@link ConsentMapper#lockPatron}), and under MariaDB's default REPEATABLE READ every later plain
 * read would still see the database as it was at that first read: a loan returned and kept while the
 * change waited for the lock would be missed, and an opt-out would leave it tied to the patron. Read
 * committed makes each read after the lock see what the lock's holder committed; the lock itself
 * keeps two changes (or a change and a return) for one patron from interleaving.
 */
public final class ConsentChange {

  private ConsentChange() {
  }

  /** A session in a new transaction at READ COMMITTED (not auto-committed: the caller commits). */
  public static SqlSession open(SqlSessionFactory sessions) {
    return sessions.openSession(TransactionIsolationLevel.READ_COMMITTED);
  }
}
