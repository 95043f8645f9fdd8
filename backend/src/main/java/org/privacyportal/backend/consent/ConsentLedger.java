package org.privacyportal.backend.consent;

import java.util.Optional;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.LoanHistoryFilter;
import org.privacyportal.backend.vocabulary.PageRequest;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The patron's consent ledger and the receipt of each entry, for the patron or their guardian only
 * (self-service through the access core); anyone else, and an entry of another patron, get "nothing
 * here". The rows are those of the {@code consents} records category (same mapper statements, same
 * order).
 */
public final class ConsentLedger {

  /** What a receipt is made from: the entry, whom it is about, and who asks. */
  public record ReceiptSource(LedgerEntry entry, String cardNumber, String viewer) {

    @Override
    public String toString() {
      return "ReceiptSource[" + entry + "]";
    }
  }

  private final AccessCore core;

  public ConsentLedger(AccessCore core) {
    this.core = core;
  }

  /** One page, newest first, or empty when the caller may not see the patron's consents. */
  public Optional<LedgerPage> page(AuthenticatedUser user, String patronId, PageRequest page) {
    return core.run(
        user,
        patronId,
        Purpose.selfService(Category.CONSENTS),
        scope -> {
          ConsentMapper mapper = scope.session().getMapper(ConsentMapper.class);
          RecordQuery query =
              new RecordQuery(
                  patronId,
                  null,
                  null,
                  scope.today(),
                  page.offset(),
                  page.size(),
                  LoanHistoryFilter.NONE);
          long total = mapper.countEntries(query);
          Grant grant = scope.grant();
          String caller = grant.actorSubject();
          return new LedgerPage(
              grant.ground().name(),
              page.page(),
              page.size(),
              total,
              mapper.ledger(query).stream().map(row -> LedgerEntry.of(row, caller)).toList());
        });
  }

  /**
   * The entry a receipt is about, or empty when the caller may not see it or it is not this
   * patron's.
   */
  public Optional<ReceiptSource> receipt(AuthenticatedUser user, String patronId, String entryId) {
    return core.run(
        user,
        patronId,
        Purpose.selfService(Category.CONSENTS),
        scope -> {
          ConsentMapper mapper = scope.session().getMapper(ConsentMapper.class);
          LedgerRow row = mapper.ledgerEntry(patronId, entryId);
          if (row == null) {
            return null; // nothing was disclosed: no access-log entry either
          }
          return new ReceiptSource(
              LedgerEntry.of(row, scope.grant().actorSubject()),
              mapper.cardNumber(patronId),
              scope.grant().ground().name());
        });
  }
}
