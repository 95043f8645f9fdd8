package org.privacyportal.frontend.consents;

import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.MediaType;

/** The backend's consent-ledger routes; the backend decides who may (anyone but the patron or guardian: not found). */
final class ConsentsClient {

    private static final String LEDGER = "/api/v1/patrons/{id}/consents/ledger";

    private final BackendClient backend;

    ConsentsClient(BackendClient backend) {
        this.backend = backend;
    }

    BackendAnswer<LedgerPage> ledger(String patronId, int page, int size) {
        return backend.get(LedgerPage.class, LEDGER + "?page={page}&size={size}", patronId, page, size);
    }

    BackendAnswer<byte[]> receiptJson(String patronId, String entryId) {
        return backend.get(byte[].class, MediaType.APPLICATION_JSON, LEDGER + "/{entry}/receipt.json", patronId,
                entryId);
    }

    BackendAnswer<byte[]> receiptPdf(String patronId, String entryId) {
        return backend.get(byte[].class, MediaType.APPLICATION_PDF, LEDGER + "/{entry}/receipt.pdf", patronId,
                entryId);
    }
}
