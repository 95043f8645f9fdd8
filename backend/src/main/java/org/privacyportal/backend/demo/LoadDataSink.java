package org.privacyportal.backend.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.demo.DemoRows.ConsentEntry;
import org.privacyportal.backend.demo.DemoRows.EventSignup;
import org.privacyportal.backend.demo.DemoRows.Fine;
import org.privacyportal.backend.demo.DemoRows.GuardianLink;
import org.privacyportal.backend.demo.DemoRows.Hold;
import org.privacyportal.backend.demo.DemoRows.Loan;
import org.privacyportal.backend.demo.DemoRows.OnlineServiceUse;
import org.privacyportal.backend.demo.DemoRows.Patron;
import org.privacyportal.backend.demo.DemoRows.ReferenceConsultation;
import org.privacyportal.backend.demo.DemoRows.Row;
import org.privacyportal.backend.demo.DemoRows.Ticket;
import org.privacyportal.backend.demo.DemoRows.TicketMessage;

/**
 * Writes rows with LOAD DATA LOCAL INFILE, fed from memory: rows are formatted as tab-separated
 * text per table, and each full chunk is loaded on a second thread while this one goes on
 * generating, so the database and the generator work at the same time. The LOAD DATA statements
 * (with their column lists) are in DemoDataMapper.xml; the fields below are written in the same
 * order (a test loads the same seed both ways and compares the tables).
 *
 * <p>Returned loans are loaded checked out (ended holds active), and their returns (and ends)
 * played through the ILS sync's entry points ({@link DemoReturns}) on the same second thread, a
 * chunk's worth at a time: once that many are playable, the patron, loan, hold and consent-ledger
 * rows buffered so far are loaded first, then the returns played and committed, while this thread
 * goes on generating.
 *
 * <p>For bulk loads into an empty database only: the session skips foreign-key and unique checks
 * (the generator writes consistent rows, and chunks of different tables arrive in any order) and
 * commits after every chunk. Needs the server's local_infile on (MariaDB's default).
 */
final class LoadDataSink implements DemoSink {

  private final SqlSession session;
  private final int chunkRows;
  private final LongConsumer progress;
  private final Map<DemoTable, StringBuilder> buffers = new EnumMap<>(DemoTable.class);
  private final Map<DemoTable, Integer> buffered = new EnumMap<>(DemoTable.class);
  private final Map<DemoTable, Long> written = new EnumMap<>(DemoTable.class);
  private final Map<DemoTable, String> statements = new EnumMap<>(DemoTable.class);
  private final ExecutorService loader =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "demo-load-data");
            thread.setDaemon(true);
            return thread;
          });
  private final DemoReturns returns = new DemoReturns();
  private Future<?> loading;
  private long loaded;

  /**
   * @param session a session of its own (its connection gets the relaxed checks); the caller closes
   *     it
   */
  LoadDataSink(SqlSession session, int chunkRows, LongConsumer progress) {
    this.session = session;
    this.chunkRows = chunkRows;
    this.progress = progress;
    session.getMapper(DemoDataMapper.class).relaxChecks();
    for (DemoTable table : DemoTable.values()) {
      buffers.put(table, new StringBuilder());
      buffered.put(table, 0);
      written.put(table, 0L);
      String id = DemoDataMapper.class.getName() + ".load" + camel(table);
      statements.put(
          table, session.getConfiguration().getMappedStatement(id).getBoundSql(null).getSql());
    }
  }

  @Override
  public void add(Row row) {
    DemoTable table = row.table();
    StringBuilder line = buffers.get(table);
    format(row, new Tsv(line));
    line.setLength(line.length() - 1); // the last field's tab
    line.append('\n');
    int rows = buffered.merge(table, 1, Integer::sum);
    if (rows >= chunkRows) {
      handOver(table);
    }
  }

  @Override
  public void addReturned(Loan returned) {
    add(returned.open());
    returns.add(returned);
  }

  @Override
  public void addEnded(Hold ended) {
    add(ended.open());
    returns.add(ended);
  }

  @Override
  public void returnsPlayable() {
    returns.markPlayable();
    if (returns.playable() >= chunkRows) {
      // what the returns need in the database first: their loans, holds, patrons and consent
      // ledgers
      for (DemoTable table :
          List.of(
              DemoTable.PATRON, DemoTable.LOAN, DemoTable.HOLD_REQUEST, DemoTable.CONSENT_ENTRY)) {
        if (buffered.get(table) > 0) {
          handOver(table);
        }
      }
      DemoReturns.Batch batch = returns.take(false);
      awaitLoading();
      loading = loader.submit(() -> play(batch));
    }
  }

  @Override
  public void finish() {
    try {
      for (DemoTable table : DemoTable.values()) {
        if (buffered.get(table) > 0) {
          handOver(table);
        }
      }
      awaitLoading();
      play(returns.take(true));
    } finally {
      loader.shutdown();
    }
    session.getMapper(DemoDataMapper.class).restoreChecks();
  }

  /** Returns played through the ILS entry point so far. */
  long returnsPlayed() {
    return returns.played();
  }

  /** Hold ends played through the ILS entry point so far. */
  long holdsEnded() {
    return returns.holdsEnded();
  }

  private void play(DemoReturns.Batch batch) {
    returns.play(session, batch);
    try {
      session.getConnection().commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Committing demo returns failed: " + e.getMessage(), e);
    }
  }

  Map<DemoTable, Long> written() {
    return Map.copyOf(written);
  }

  /** Starts loading the table's buffered rows once the previous chunk is in. */
  private void handOver(DemoTable table) {
    byte[] chunk = buffers.get(table).toString().getBytes(StandardCharsets.UTF_8);
    int rows = buffered.get(table);
    buffers.get(table).setLength(0);
    buffered.put(table, 0);
    awaitLoading();
    loading =
        loader.submit(
            () -> {
              load(table, chunk);
              written.merge(table, (long) rows, Long::sum);
              loaded += rows;
              progress.accept(loaded);
            });
  }

  private void awaitLoading() {
    if (loading == null) {
      return;
    }
    try {
      loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading demo data", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } finally {
      loading = null;
    }
  }

  private void load(DemoTable table, byte[] chunk) {
    Connection connection = session.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement
          .unwrap(org.mariadb.jdbc.Statement.class)
          .setLocalInfileInputStream(new ByteArrayInputStream(chunk));
      statement.setQueryTimeout(600);
      statement.execute(statements.get(table));
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "LOAD DATA into "
              + table.sqlName()
              + " failed (the server needs local_infile=ON): "
              + e.getMessage(),
          e);
    }
  }

  private static String camel(DemoTable table) {
    StringBuilder name = new StringBuilder();
    for (String part : table.sqlName().split("_")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }

  /** Fields in the column order of the LOAD DATA statements in DemoDataMapper.xml. */
  private static void format(Row row, Tsv t) {
    switch (row) {
      case Patron r ->
          t.s(r.id())
              .s(r.keycloakSubject())
              .s(r.firstName())
              .s(r.lastName())
              .s(r.cardNumber())
              .d(r.birthDate())
              .s(r.email())
              .s(r.phone())
              .s(r.addressLine1())
              .s(r.addressLine2())
              .s(r.city())
              .s(r.region())
              .s(r.postalCode())
              .s(r.accountType())
              .d(r.expiresOn())
              .t(r.createdAt())
              .t(r.updatedAt());
      case GuardianLink r ->
          t.s(r.id())
              .s(r.guardianId())
              .s(r.minorId())
              .s(r.status())
              .s(r.idDocumentType())
              .s(r.verifiedBy())
              .t(r.verifiedAt())
              .t(r.endedAt())
              .t(r.createdAt());
      case Loan r ->
          t.s(r.id())
              .s(r.patronId())
              .s(r.itemBarcode())
              .s(r.title())
              .s(r.author())
              .s(r.format())
              .s(r.branch())
              .t(r.checkedOutAt())
              .d(r.dueOn())
              .n(r.renewals())
              .t(r.returnedAt());
      case Hold r ->
          t.s(r.id())
              .s(r.patronId())
              .s(r.title())
              .s(r.author())
              .s(r.format())
              .s(r.pickupBranch())
              .t(r.placedAt())
              .s(r.status())
              .n(r.queuePosition())
              .d(r.readyUntil());
      case Fine r ->
          t.s(r.id())
              .s(r.patronId())
              .n(r.amountCents())
              .s(r.currency())
              .s(r.reason())
              .s(r.description())
              .s(r.status())
              .t(r.assessedAt())
              .t(r.resolvedAt());
      case OnlineServiceUse r ->
          t.s(r.id()).s(r.patronId()).s(r.platform()).s(r.kind()).t(r.usedAt()).s(r.detail());
      case ReferenceConsultation r ->
          t.s(r.id()).s(r.patronId()).t(r.consultedAt()).s(r.channel()).s(r.topic()).s(r.branch());
      case EventSignup r ->
          t.s(r.id())
              .s(r.patronId())
              .s(r.eventName())
              .s(r.kind())
              .s(r.branch())
              .t(r.startsAt())
              .t(r.signedUpAt())
              .s(r.status());
      case ConsentEntry r ->
          t.s(r.id())
              .s(r.patronId())
              .s(r.consent())
              .b(r.granted())
              .b(r.previous())
              .s(r.actorRole())
              .s(r.actorSubject())
              .s(r.policyVersion())
              .s(r.channel())
              .t(r.recordedAt());
      case Ticket r ->
          t.s(r.id())
              .s(r.patronId())
              .s(r.type())
              .s(r.status())
              .s(r.subject())
              .s(r.openedBySubject())
              .s(r.assignedTo())
              .t(r.createdAt())
              .t(r.updatedAt())
              .t(r.closedAt());
      case TicketMessage r ->
          t.s(r.id())
              .s(r.ticketId())
              .s(r.authorSubject())
              .s(r.authorRole())
              .s(r.visibility())
              .s(r.body())
              .t(r.createdAt());
    }
  }

  /** One line of LOAD DATA's default format: tab between fields, backslash escapes, \N for NULL. */
  private record Tsv(StringBuilder out) {

    Tsv s(String value) {
      if (value == null) {
        out.append("\\N");
      } else {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          switch (c) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\0' -> out.append("\\0");
            default -> out.append(c);
          }
        }
      }
      out.append('\t');
      return this;
    }

    Tsv n(Integer value) {
      (value == null ? out.append("\\N") : out.append(value.intValue())).append('\t');
      return this;
    }

    Tsv b(boolean value) {
      out.append(value ? '1' : '0').append('\t');
      return this;
    }

    Tsv d(LocalDate value) {
      (value == null ? out.append("\\N") : out.append(value)).append('\t');
      return this;
    }

    /** yyyy-MM-dd HH:mm:ss[.ffffff], which DATETIME(6) reads exactly. */
    Tsv t(LocalDateTime value) {
      if (value == null) {
        out.append("\\N\t");
        return this;
      }
      out.append(value.toLocalDate()).append(' ');
      two(value.getHour()).append(':');
      two(value.getMinute()).append(':');
      two(value.getSecond());
      if (value.getNano() != 0) {
        out.append('.').append(String.format("%06d", value.getNano() / 1000));
      }
      out.append('\t');
      return this;
    }

    private StringBuilder two(int n) {
      return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
  }
}
