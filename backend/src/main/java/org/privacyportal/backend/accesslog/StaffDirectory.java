package org.privacyportal.backend.accesslog;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the display name of each staff and director account in staff_member, so that a patron's
 * access log can name who looked (access_log holds only the Keycloak subject). A name is written
 * when this process first sees it for a subject, or when it changed; the names it already wrote are
 * remembered in memory (a few dozen staff), so an ordinary request costs no database write.
 */
public final class StaffDirectory {

  /** Column size of staff_member.display_name. */
  static final int MAX_NAME = 200;

  private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);

  private final SqlSessionFactory sessions;
  private final Clock clock;
  private final Map<String, String> written = new ConcurrentHashMap<>();

  public StaffDirectory(SqlSessionFactory sessions, Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records {@code name} for {@code subject}; a blank name records nothing (the log then shows the
   * role alone). A name longer than the column is cut at a character boundary.
   */
  public void record(String subject, String name) {
    String displayName = clean(name);
    if (subject == null || displayName == null || displayName.equals(written.get(subject))) {
      return;
    }
    try (SqlSession session = sessions.openSession(true)) {
      session.getMapper(StaffDirectoryMapper.class).upsert(subject, displayName, clock.instant());
      written.put(subject, displayName);
    } catch (RuntimeException e) {
      // The request goes on: the name is tried again on the next one. Never log the name itself.
      LOG.warn("Could not record a staff member's display name: {}", e.getClass().getSimpleName());
    }
  }

  static String clean(String name) {
    if (name == null) {
      return null;
    }
    String stripped = name.strip().replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ");
    if (stripped.isEmpty()) {
      return null;
    }
    if (stripped.codePointCount(0, stripped.length()) > MAX_NAME) {
      stripped = stripped.substring(0, stripped.offsetByCodePoints(0, MAX_NAME)).strip();
    }
    return stripped;
  }
}
