package org.privacyportal.backend.consent;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/**
 * The routes and mappers of the consent ledger and its receipts; {@link BackendApp} registers them.
 */
public final class ConsentRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(ConsentMapper.class);

  private static final String LEDGER = "/api/v1/patrons/{id}/consents/ledger";

  private ConsentRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    LedgerHandler ledger =
        new LedgerHandler(new ConsentLedger(wiring.core()), wiring.services().profile());
    // Any signed-in account may ask; the access core decides (self-service: the patron or their
    // guardian only).
    wiring.routes().get(LEDGER, ledger.page(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .get(LEDGER + "/{entryId}/receipt.json", ledger.receiptJson(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .get(LEDGER + "/{entryId}/receipt.pdf", ledger.receiptPdf(), ApiRole.AUTHENTICATED);
  }
}
