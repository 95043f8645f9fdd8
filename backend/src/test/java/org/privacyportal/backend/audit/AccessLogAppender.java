package org.privacyportal.backend.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.MyBatis;

/**
 * A second backend process for {@link AccessLogTwoProcessTest}: connects, says READY, waits for a
 * line on stdin, then appends its entries the way the backend does, each in its own transaction.
 * Arguments: jdbcUrl user password actor count; the key comes from PORTAL_ACCESS_LOG_KEY.
 */
public final class AccessLogAppender {

  private AccessLogAppender() {}

  public static void main(String[] args) throws Exception {
    String actor = args[3];
    int count = Integer.parseInt(args[4]);
    HmacAccessLog log = new HmacAccessLog(AccessLogKey.from(System.getenv()));
    try (HikariDataSource dataSource = Database.pool(args[0], args[1], args[2])) {
      SqlSessionFactory sessions = MyBatis.sessionFactory(dataSource, AccessLogMapper.class);
      System.out.println("READY");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      for (int i = 0; i < count; i++) {
        try (var session = sessions.openSession()) {
          log.append(session, AuditDatabase.entry(actor, i));
          session.commit();
        }
      }
      System.out.println("DONE " + count);
    }
  }
}
