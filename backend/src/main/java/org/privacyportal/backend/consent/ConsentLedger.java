package org.privacyportal.backend.consent;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.LoanHistoryFilter;
import org.privacyportal.backend.records.PageRequest;
import org.privacyportal.backend.records.RecordQuery;

/**
 * The patron's consent ledger and the receipt of each entry, for the patron or their guardian only
 * (see {@link SelfService}); anyone else, and an entry of another patron, get "nothing here". The
 * rows are those of the {@code consents} records category (same mapper statements, same order).
 */
public final class ConsentLedger {

  /** What a receipt is made from: the entry, whom it is about, and who asks. */
  public record ReceiptSource(LedgerEntry entry, String cardNumber, String viewer) {

    @Override
    public String toString() {
      return "ReceiptSource[" + entry + "]";
    }
  }

  private final SqlSessionFactory sessions;
  private final SelfService selfService;

  public ConsentLedger(SqlSessionFactory sessions, SelfService selfService) {
    this.sessions = sessions;
    this.selfService = selfService;
  }

  /** One page, newest first, or empty when the caller may not see the patron's consents. */
  public Optional<LedgerPage> page(AuthenticatedUser user, String patronId, PageRequest page) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = selfService.grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      ConsentMapper mapper = session.getMapper(ConsentMapper.class);
      RecordQuery query = new RecordQuery(patronId, null, null, today(), page.offset(), page.size(),
          LoanHistoryFilter.NONE);
      long total = mapper.countEntries(query);
      String caller = grant.get().actorSubject();
      LedgerPage result = new LedgerPage(grant.get().ground().name(), page.page(), page.size(), total,
          mapper.ledger(query).stream().map(row -> LedgerEntry.of(row, caller)).toList());
      selfService.log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(result);
    }
  }

  /** The entry a receipt is about, or empty when the caller may not see it or it is not this patron's. */
  public Optional<ReceiptSource> receipt(AuthenticatedUser user, String patronId, String entryId) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = selfService.grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      ConsentMapper mapper = session.getMapper(ConsentMapper.class);
      LedgerRow row = mapper.ledgerEntry(patronId, entryId);
      if (row == null) {
        return Optional.empty(); // nothing was disclosed: no access-log entry either
      }
      ReceiptSource source = new ReceiptSource(LedgerEntry.of(row, grant.get().actorSubject()),
          mapper.cardNumber(patronId), grant.get().ground().name());
      selfService.log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(source);
    }
  }

  private LocalDate today() {
    return selfService.policy().today();
  }
}
