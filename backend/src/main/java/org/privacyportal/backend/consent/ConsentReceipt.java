package org.privacyportal.backend.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.library.LibraryProfile;

/**
 * The receipt of one consent-ledger entry, with the fields of the Kantara Initiative Consent
 * Receipt Specification v1.1 (in its order), plus one extension object, {@code consentChange}, with
 * what the specification has no field for: the old and the new state, who acted (the patron or a
 * guardian) and the policy version. No {@code publicKey}: receipts are not signed (the ledger in
 * the library's database is the evidence; the receipt is the patron's copy of it).
 *
 * <p>The receipt is written in the reader's language ({@code language}: "en" or "es"): every value
 * that is prose (service, purpose, categories, termination, collection method) comes from {@link
 * ReceiptWords}; the field names are the specification's and stay as they are, and so do codes
 * (states, roles, channels), so a program reads every receipt the same way.
 *
 * <p>{@code piiPrincipalId} is the patron's library card number: it is how the library knows the
 * patron at the desk and in its records, and the receipt goes only to the patron or their guardian,
 * who know it already.
 */
final class ConsentReceipt {

  static final String VERSION = "KI-CR-v1.1.0";

  private ConsentReceipt() {}

  /** The receipt as JSON-ready maps and lists (key order kept). */
  static Map<String, Object> of(
      ConsentLedger.ReceiptSource source, LibraryProfile profile, ReceiptWords words) {
    LedgerEntry entry = source.entry();
    LibraryProfile.Controller controller = profile.controller();
    ConsentKinds.Description kind = words.kind(entry.consent(), profile.statute());

    Map<String, Object> receipt = new LinkedHashMap<>();
    receipt.put("version", VERSION);
    receipt.put("jurisdiction", controller.jurisdictionCode());
    receipt.put("consentTimestamp", entry.recordedAt().getEpochSecond());
    receipt.put("collectionMethod", words.collectionMethod(entry.channel()));
    receipt.put("consentReceiptID", entry.id());
    receipt.put("language", words.language().code());
    receipt.put("piiPrincipalId", source.cardNumber());
    Map<String, Object> piiController = new LinkedHashMap<>();
    piiController.put("piiController", profile.name());
    piiController.put("contact", controller.contact());
    piiController.put("address", controller.address());
    piiController.put("email", controller.email());
    piiController.put("phone", controller.phone());
    piiController.put("piiControllerUrl", controller.url());
    receipt.put("piiControllers", List.of(piiController));
    receipt.put("policyUrl", controller.policyUrl());
    Map<String, Object> purpose = new LinkedHashMap<>();
    purpose.put("purpose", kind.purpose());
    purpose.put("purposeCategory", kind.purposeCategory());
    purpose.put("consentType", "EXPLICIT");
    purpose.put("piiCategory", kind.piiCategory());
    purpose.put("primaryPurpose", false);
    purpose.put("termination", kind.termination());
    purpose.put("thirdPartyDisclosure", false); // neither policy allows it for an opt-in
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("service", kind.service());
    service.put("purposes", List.of(purpose));
    receipt.put("services", List.of(service));
    receipt.put("sensitive", kind.sensitive());
    receipt.put("spiCat", kind.spiCat());
    receipt.put("consentChange", change(entry));
    return receipt;
  }

  /** Extension: what changed, by whom, under which policy version. */
  private static Map<String, Object> change(LedgerEntry entry) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("consent", entry.consent());
    change.put("previousState", state(entry.previous()));
    change.put("newState", state(entry.granted()));
    Map<String, Object> actor = new LinkedHashMap<>();
    actor.put("role", entry.actorRole());
    if (entry.actorName() != null) {
      actor.put("name", entry.actorName());
    }
    change.put("actor", actor);
    change.put("channel", entry.channel());
    change.put("policyVersion", entry.policyVersion());
    change.put("recordedAt", entry.recordedAt().toString());
    return change;
  }

  static String state(boolean granted) {
    return granted ? "GRANTED" : "NOT_GRANTED";
  }
}
