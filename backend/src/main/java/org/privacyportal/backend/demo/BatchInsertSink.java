package org.privacyportal.backend.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * Writes rows through DemoDataMapper in an ExecutorType.BATCH session: rows are collected per table
 * and sent a batch at a time (MyBatis batches consecutive calls of one statement, so the calls are
 * grouped by table). Before a table's batch goes, every table before it in DemoTable order is
 * flushed too: a child row never reaches the database before its parent.
 *
 * <p>Returned loans are inserted checked out, ended holds active; their returns and ends are played
 * through the ILS sync's entry points ({@link DemoReturns}) in this session, every {@link
 * #RETURNS_PER_PLAY} playable returns and at {@link #finish}, after flushing every table (the loans
 * and the consent ledger).
 */
final class BatchInsertSink implements DemoSink {

  /** Returns played at a time: one batch of the ILS entry point. */
  static final int RETURNS_PER_PLAY = 10_000;

  private final SqlSession session;
  private final DemoDataMapper mapper;
  private final int batchRows;
  private final long commitEvery;
  private final LongConsumer progress;
  private final Map<DemoTable, List<Row>> buffers = new EnumMap<>(DemoTable.class);
  private final Map<DemoTable, Long> written = new EnumMap<>(DemoTable.class);
  private final DemoReturns returns = new DemoReturns();
  private long uncommitted;
  private long total;

  /**
   * @param session an ExecutorType.BATCH session; committing at the end is the caller's
   * @param batchRows rows per table per batch
   * @param commitEvery commit after about this many rows (bulk loads); 0 = never (one transaction)
   * @param progress told the running total after each flush
   */
  BatchInsertSink(SqlSession session, int batchRows, long commitEvery, LongConsumer progress) {
    this.session = session;
    this.mapper = session.getMapper(DemoDataMapper.class);
    this.batchRows = batchRows;
    this.commitEvery = commitEvery;
    this.progress = progress;
    for (DemoTable table : DemoTable.values()) {
      buffers.put(table, new ArrayList<>(batchRows));
      written.put(table, 0L);
    }
  }

  @Override
  public void add(Row row) {
    List<Row> buffer = buffers.get(row.table());
    buffer.add(row);
    if (buffer.size() >= batchRows) {
      flushThrough(row.table());
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
    if (returns.playable() >= RETURNS_PER_PLAY) {
      playReturns(false);
    }
  }

  @Override
  public void finish() {
    playReturns(true);
  }

  /** Returns played through the ILS entry point so far. */
  long returnsPlayed() {
    return returns.played();
  }

  /** Hold ends played through the ILS entry point so far. */
  long holdsEnded() {
    return returns.holdsEnded();
  }

  private void playReturns(boolean all) {
    flushThrough(DemoTable.values()[DemoTable.values().length - 1]);
    DemoReturns.Batch batch = returns.take(all);
    returns.play(session, batch);
    uncommitted += batch.size();
    if (commitEvery > 0 && uncommitted >= commitEvery) {
      session.commit();
      uncommitted = 0;
    }
  }

  /** Rows written so far, by table. */
  Map<DemoTable, Long> written() {
    return Map.copyOf(written);
  }

  private void flushThrough(DemoTable last) {
    long rows = 0;
    for (DemoTable table : DemoTable.values()) {
      if (table.ordinal() > last.ordinal()) {
        break;
      }
      List<Row> buffer = buffers.get(table);
      for (Row row : buffer) {
        insert(row);
      }
      rows += buffer.size();
      written.merge(table, (long) buffer.size(), Long::sum);
      buffer.clear();
    }
    if (rows == 0) {
      return;
    }
    session.flushStatements();
    total += rows;
    uncommitted += rows;
    if (commitEvery > 0 && uncommitted >= commitEvery) {
      session.commit();
      uncommitted = 0;
    }
    progress.accept(total);
  }

  private void insert(Row row) {
    switch (row) {
      case Patron r -> mapper.insertPatron(r);
      case GuardianLink r -> mapper.insertGuardianLink(r);
      case Loan r -> mapper.insertLoan(r);
      case Hold r -> mapper.insertHold(r);
      case Fine r -> mapper.insertFine(r);
      case OnlineServiceUse r -> mapper.insertOnlineServiceUse(r);
      case ReferenceConsultation r -> mapper.insertReferenceConsultation(r);
      case EventSignup r -> mapper.insertEventSignup(r);
      case ConsentEntry r -> mapper.insertConsentEntry(r);
      case Ticket r -> mapper.insertTicket(r);
      case TicketMessage r -> mapper.insertTicketMessage(r);
    }
  }
}
