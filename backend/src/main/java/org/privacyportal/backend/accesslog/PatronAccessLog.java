package org.privacyportal.backend.accesslog;

import java.util.List;
import java.util.Optional;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.PageRequest;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The patron's own access log page: who saw their records, when, which category, on what ground,
 * newest first. Only the patron or their guardian (while the patron is a minor) reads it here;
 * staff, grantees and the director go through the `access_log` category of the records API, where
 * the access rule decides. Anyone else gets the same "nothing here" as for a patron that does not
 * exist. A guardian's read is logged in the same transaction, like any other.
 *
 * <p>A patron who has come of age reads their own log, which keeps the entries of their former
 * guardian's reads, with the guardian's name (docs/product.md section 5).
 */
public final class PatronAccessLog {

  /**
   * The patron themself or their guardian; no other ground reaches the self-service page or its
   * questions. Decided on {@code access_log}, the category the page shows.
   */
  static final Purpose SELF_SERVICE = Purpose.selfService(Category.ACCESS_LOG);

  private final AccessCore core;

  public PatronAccessLog(AccessCore core) {
    this.core = core;
  }

  /** One page, or empty when the caller may not see it (or there is no such patron). */
  public Optional<AccessLogPage> page(AuthenticatedUser user, String patronId, PageRequest page) {
    return core.run(
        user,
        patronId,
        SELF_SERVICE,
        scope -> {
          RecordQuery query =
              new RecordQuery(
                  patronId, null, null, scope.today(), page.offset(), page.size(), null);
          AccessLogEntryMapper mapper = scope.session().getMapper(AccessLogEntryMapper.class);
          long total = mapper.countEntries(query);
          List<AccessLogEntry> items = mapper.entries(query);
          return new AccessLogPage(page.page(), page.size(), total, items);
        });
  }
}
