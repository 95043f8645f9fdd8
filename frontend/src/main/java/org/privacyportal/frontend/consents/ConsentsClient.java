package org.privacyportal.frontend.consents;

import java.util.Locale;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.i18n.Languages;
import org.springframework.http.MediaType;

/**
 * The backend's consent-ledger routes; the backend decides who may (anyone but the patron or
 * guardian: not found).
 */
final class ConsentsClient {

  private static final String LEDGER = "/api/v1/patrons/{id}/consents/ledger";
  private static final String RECEIPT = LEDGER + "/{entry}/receipt";

  private final BackendClient backend;

  ConsentsClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<LedgerPage> ledger(String patronId, int page, int size) {
    return backend.get(LedgerPage.class, LEDGER + "?page={page}&size={size}", patronId, page, size);
  }

  /**
   * One entry's receipt as JSON, its prose in {@code language} (the Kantara field names stay
   * English).
   */
  BackendAnswer<byte[]> receiptJson(String patronId, String entryId, Locale language) {
    return backend.get(
        byte[].class,
        MediaType.APPLICATION_JSON,
        RECEIPT + ".json?language={language}",
        patronId,
        entryId,
        code(language));
  }

  /** One entry's receipt as a readable PDF in {@code language}. */
  BackendAnswer<byte[]> receiptPdf(String patronId, String entryId, Locale language) {
    return backend.get(
        byte[].class,
        MediaType.APPLICATION_PDF,
        RECEIPT + ".pdf?language={language}",
        patronId,
        entryId,
        code(language));
  }

  /** The backend writes receipts in the portal's languages; any other UI locale gets English. */
  static String code(Locale language) {
    return Languages.supported(language).getLanguage();
  }
}
