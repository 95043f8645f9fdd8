package org.privacyportal.backend.records;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Ground;
import org.privacyportal.backend.access.PatronAccess;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.circulation.CirculationMapper;
import org.privacyportal.backend.circulation.Loan;

/**
 * Reads a patron's records for a caller: asks the access rule, reads what it grants, and writes
 * the access log entry, all in one transaction. The log entry is appended last and committed with
 * the read: if it cannot be written, the transaction rolls back and nothing is returned, so no
 * access goes unlogged.
 */
public final class RecordService {

  /** Far more loans than any patron returns in a lifetime; keeps one download's memory bounded. */
  static final int MAX_EXPORT = 100_000;

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;
  private final CategoryReaders readers;

  public RecordService(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = sessions;
    this.policy = policy;
    this.accessLog = accessLog;
    this.readers = new CategoryReaders(policy);
  }

  /** One page of a category, or empty when the caller may not read it (or there is no such patron). */
  public Optional<RecordPage> page(AuthenticatedUser user, String patronId, Category category,
      RequestContext context, PageRequest page) {
    return page(user, patronId, category, context, page, LoanHistoryFilter.NONE);
  }

  /** As above; {@code filter} narrows and orders {@code loan_history} and is ignored for the others. */
  public Optional<RecordPage> page(AuthenticatedUser user, String patronId, Category category,
      RequestContext context, PageRequest page, LoanHistoryFilter filter) {
    return read(user, patronId, category, context, page.offset(), page.size(), filter, (total, items) ->
        new RecordPage(category.wireName(), page.page(), page.size(), total, items));
  }

  /**
   * The whole reading history (up to {@value #MAX_EXPORT} loans) for a download, filtered and ordered
   * like a page, or empty when the caller may not read it. Logged like any other read.
   */
  public Optional<List<Loan>> loanHistory(AuthenticatedUser user, String patronId, RequestContext context,
      LoanHistoryFilter filter) {
    return read(user, patronId, Category.LOAN_HISTORY, context, 0, MAX_EXPORT, filter, (total, items) ->
        items.stream().map(Loan.class::cast).toList());
  }

  /** Receives the rows of a category a page at a time ({@link #readAll}). */
  @FunctionalInterface
  public interface PageConsumer {

    /** How many rows will follow (counted in the same transaction), before the first page. */
    default void total(long total) throws IOException {
    }

    void accept(List<?> rows) throws IOException;
  }

  /**
   * Every row of one category for an export, handed to {@code consumer} a page of {@code pageSize}
   * rows at a time so that memory stays bounded however long the history. One access decision, one
   * transaction for all pages (a consistent snapshot) and one access log entry for the category,
   * however many pages it takes, as for a single page read. Empty, and nothing read, when the access
   * rule refuses or grants on a ground not in {@code grounds}. If the consumer fails, the
   * transaction rolls back and nothing is logged.
   *
   * @return the number of rows handed over
   */
  public Optional<Long> readAll(AuthenticatedUser user, String patronId, Category category, RequestContext context,
      Set<Ground> grounds, int pageSize, PageConsumer consumer) throws IOException {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = policy.decide(session, user, patronId, category, context)
          .filter(g -> grounds.contains(g.ground()));
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      Instant now = policy.now();
      CategoryReader reader = readers.reader(category);
      consumer.total(reader.count(session, query(patronId, grant.get(), now, 0, pageSize, LoanHistoryFilter.NONE)));
      long read = 0;
      List<?> rows;
      do {
        rows = reader.page(session, query(patronId, grant.get(), now, read, pageSize, LoanHistoryFilter.NONE));
        if (!rows.isEmpty()) {
          consumer.accept(rows);
        }
        read += rows.size();
      } while (rows.size() == pageSize);
      if (grant.get().isLogged()) {
        accessLog.append(session, grant.get().entry(patronId, category, now));
      }
      session.commit(true);
      return Optional.of(read);
    }
  }

  /** Asks the access rule, reads the rows it grants, logs a non-self read, all in one transaction. */
  private <T> Optional<T> read(AuthenticatedUser user, String patronId, Category category, RequestContext context,
      long offset, int limit, LoanHistoryFilter filter, BiFunction<Long, List<?>, T> result) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = policy.decide(session, user, patronId, category, context);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      Instant now = policy.now();
      RecordQuery query = query(patronId, grant.get(), now, offset, limit, filter);
      CategoryReader reader = readers.reader(category);
      long total = reader.count(session, query);
      List<?> items = reader.page(session, query);
      if (grant.get().isLogged()) {
        accessLog.append(session, grant.get().entry(patronId, category, now));
      }
      session.commit(true);
      return Optional.of(result.apply(total, items));
    }
  }

  /** Counts of every category the caller may read, or empty when there is none. */
  public Optional<RecordSummary> summary(AuthenticatedUser user, String patronId, RequestContext context) {
    try (SqlSession session = sessions.openSession(false)) {
      PatronAccess access = policy.evaluate(session, user, patronId, context);
      if (access.isEmpty()) {
        return Optional.empty();
      }
      Instant now = policy.now();
      List<RecordSummary.CategoryCount> counts = new ArrayList<>();
      List<Category> logged = new ArrayList<>();
      for (Category category : access.categories()) {
        Grant grant = access.grant(category).orElseThrow();
        RecordQuery query = query(patronId, grant, now, 0, 1, LoanHistoryFilter.NONE);
        long count = readers.reader(category).count(session, query);
        LocalDate nextDue = category == Category.LOANS
            ? session.getMapper(CirculationMapper.class).nextDue(query)
            : null;
        counts.add(new RecordSummary.CategoryCount(category.wireName(), count, nextDue));
        if (grant.isLogged()) {
          logged.add(category);
        }
      }
      // Counts disclose something about each category too: each is an access like a page read.
      for (Category category : logged) {
        accessLog.append(session, access.grant(category).orElseThrow().entry(patronId, category, now));
      }
      session.commit(true);
      return Optional.of(new RecordSummary(patronId, counts));
    }
  }

  /** The rows a grant covers: all of them, or a legal request's period in the library's dates. */
  private RecordQuery query(String patronId, Grant grant, Instant now, long offset, int limit,
      LoanHistoryFilter filter) {
    ZoneId zone = policy.profile().timeZone();
    Instant from = grant.periodFrom() == null ? null : grant.periodFrom().atStartOfDay(zone).toInstant();
    Instant until = grant.periodTo() == null ? null : grant.periodTo().plusDays(1).atStartOfDay(zone).toInstant();
    return new RecordQuery(patronId, from, until, LocalDate.ofInstant(now, zone), offset, limit, filter,
        grant.readingHistory());
  }
}
