package org.privacyportal.backend.records;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.access.Scope;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.circulation.CirculationMapper;
import org.privacyportal.backend.circulation.Loan;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.LoanHistoryFilter;
import org.privacyportal.backend.vocabulary.PageRequest;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * Reads a patron's records for a caller, each read one unit of work of the access core: it asks the
 * access rule, reads what it grants, and writes the access log entry, all in one transaction. The
 * log entry is appended last and committed with the read: if it cannot be written, the transaction
 * rolls back and nothing is returned, so no access goes unlogged.
 */
public final class RecordService {

  /** Far more loans than any patron returns in a lifetime; keeps one download's memory bounded. */
  static final int MAX_EXPORT = 100_000;

  private final AccessCore core;
  private final CategoryReaders readers;

  public RecordService(AccessCore core) {
    this.core = core;
    this.readers = new CategoryReaders(core.policy());
  }

  /**
   * One page of a category, or empty when the caller may not read it (or there is no such patron).
   */
  public Optional<RecordPage> page(
      AuthenticatedUser user,
      String patronId,
      Category category,
      RequestContext context,
      PageRequest page) {
    return page(user, patronId, category, context, page, LoanHistoryFilter.NONE);
  }

  /**
   * As above; {@code filter} narrows and orders {@code loan_history} and is ignored for the others.
   */
  public Optional<RecordPage> page(
      AuthenticatedUser user,
      String patronId,
      Category category,
      RequestContext context,
      PageRequest page,
      LoanHistoryFilter filter) {
    return read(
        user,
        patronId,
        category,
        context,
        page.offset(),
        page.size(),
        filter,
        (total, items) ->
            new RecordPage(category.wireName(), page.page(), page.size(), total, items));
  }

  /**
   * The whole reading history (up to {@value #MAX_EXPORT} loans) for a download, filtered and
   * ordered like a page, or empty when the caller may not read it. Logged like any other read.
   */
  public Optional<List<Loan>> loanHistory(
      AuthenticatedUser user, String patronId, RequestContext context, LoanHistoryFilter filter) {
    return read(
        user,
        patronId,
        Category.LOAN_HISTORY,
        context,
        0,
        MAX_EXPORT,
        filter,
        (total, items) -> items.stream().map(Loan.class::cast).toList());
  }

  /** Receives the rows of a category a page at a time ({@link #readAll}). */
  @FunctionalInterface
  public interface PageConsumer {

    /** How many rows will follow (counted in the same transaction), before the first page. */
    default void total(long total) throws IOException {}

    void accept(List<?> rows) throws IOException;
  }

  /**
   * Every row of one category for an export, handed to {@code consumer} a page of {@code pageSize}
   * rows at a time so that memory stays bounded however long the history. One unit of work (one
   * decision, one transaction for all pages, a consistent snapshot) and one access log entry for
   * the category, however many pages it takes, as for a single page read. Empty, and nothing read,
   * when the access rule refuses {@code purpose} (which names the one category). If the consumer
   * fails, the transaction rolls back and nothing is logged.
   *
   * @return the number of rows handed over
   */
  public Optional<Long> readAll(
      AuthenticatedUser user, String patronId, Purpose purpose, int pageSize, PageConsumer consumer)
      throws IOException {
    Category category = only(purpose);
    return core.run(
        user,
        patronId,
        purpose,
        scope -> {
          CategoryReader reader = readers.reader(category);
          Grant grant = scope.grant();
          SqlSession session = scope.session();
          consumer.total(
              reader.count(session, query(scope, grant, 0, pageSize, LoanHistoryFilter.NONE)));
          long read = 0;
          List<?> rows;
          do {
            rows =
                reader.page(session, query(scope, grant, read, pageSize, LoanHistoryFilter.NONE));
            if (!rows.isEmpty()) {
              consumer.accept(rows);
            }
            read += rows.size();
          } while (rows.size() == pageSize);
          return read;
        });
  }

  /** The access core reads the rows it grants and logs a non-self read, all in one unit of work. */
  private <T> Optional<T> read(
      AuthenticatedUser user,
      String patronId,
      Category category,
      RequestContext context,
      long offset,
      int limit,
      LoanHistoryFilter filter,
      BiFunction<Long, List<?>, T> result) {
    return core.run(
        user,
        patronId,
        Purpose.read(category, context),
        scope -> {
          RecordQuery query = query(scope, scope.grant(), offset, limit, filter);
          CategoryReader reader = readers.reader(category);
          long total = reader.count(scope.session(), query);
          List<?> items = reader.page(scope.session(), query);
          return result.apply(total, items);
        });
  }

  /**
   * Counts of every category the caller may read (each one logged), or empty when there is none.
   */
  public Optional<RecordSummary> summary(
      AuthenticatedUser user, String patronId, RequestContext context) {
    // Counts disclose something about each category too: each is an access like a page read.
    return core.run(
        user,
        patronId,
        Purpose.everything(context),
        scope -> {
          List<RecordSummary.CategoryCount> counts = new ArrayList<>();
          for (Category category : scope.categories()) {
            RecordQuery query =
                query(scope, scope.grant(category).orElseThrow(), 0, 1, LoanHistoryFilter.NONE);
            long count = readers.reader(category).count(scope.session(), query);
            LocalDate nextDue =
                category == Category.LOANS
                    ? scope.session().getMapper(CirculationMapper.class).nextDue(query)
                    : null;
            counts.add(new RecordSummary.CategoryCount(category.wireName(), count, nextDue));
          }
          return new RecordSummary(patronId, counts);
        });
  }

  private static Category only(Purpose purpose) {
    if (purpose.categories().size() != 1) {
      throw new IllegalArgumentException("one category at a time: " + purpose);
    }
    return purpose.categories().iterator().next();
  }

  /** The rows a grant covers: all of them, or a legal request's period in the library's dates. */
  private RecordQuery query(
      Scope scope, Grant grant, long offset, int limit, LoanHistoryFilter filter) {
    ZoneId zone = core.policy().profile().timeZone();
    Instant from =
        grant.periodFrom() == null ? null : grant.periodFrom().atStartOfDay(zone).toInstant();
    Instant until =
        grant.periodTo() == null
            ? null
            : grant.periodTo().plusDays(1).atStartOfDay(zone).toInstant();
    return new RecordQuery(
        scope.patronId(),
        from,
        until,
        scope.today(),
        offset,
        limit,
        filter,
        grant.readingHistory(),
        AccessPolicy.showsEndedHolds(grant));
  }
}
