package org.privacyportal.backend.consent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.pdf.PdfDocumentInfo;
import org.privacyportal.backend.pdf.PdfTextDocument;

/** The receipt of one consent-ledger entry as a readable PDF: the same fields as the JSON receipt. */
final class ConsentReceiptPdf {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a z", Locale.ENGLISH);

  private ConsentReceiptPdf() {
  }

  @SuppressWarnings("unchecked")
  static byte[] of(ConsentLedger.ReceiptSource source, LibraryProfile profile) {
    Map<String, Object> receipt = ConsentReceipt.of(source, profile);
    LedgerEntry entry = source.entry();
    ZoneId zone = profile.timeZone();
    Map<String, Object> service = ((List<Map<String, Object>>) receipt.get("services")).getFirst();
    Map<String, Object> purpose = ((List<Map<String, Object>>) service.get("purposes")).getFirst();
    LibraryProfile.Controller controller = profile.controller();
    try (PdfTextDocument pdf = PdfTextDocument.begin(
        PdfDocumentInfo.of("Consent receipt " + entry.id(), Locale.ENGLISH, entry.recordedAt()))) {
      pdf.title("Consent receipt");
      pdf.paragraph(profile.name() + " confirms the following change to your choices, as recorded in its"
          + " consent ledger. Entries in the ledger are never changed or deleted.");
      pdf.heading("What changed");
      pdf.labelValue("Service", (String) service.get("service"));
      pdf.labelValue("Purpose", (String) purpose.get("purpose"));
      pdf.labelValue("Before", words(entry.previous()));
      pdf.labelValue("After", words(entry.granted()));
      pdf.labelValue("When", WHEN.format(entry.recordedAt().atZone(zone)));
      pdf.labelValue("Who", ConsentReceipt.actor(entry));
      pdf.labelValue("How", ConsentReceipt.collectionMethod(entry.channel()));
      pdf.labelValue("Privacy policy version", entry.policyVersion());
      pdf.heading("About this consent");
      pdf.labelValue("Personal data", String.join("; ", (List<String>) purpose.get("piiCategory")));
      pdf.labelValue("Purpose category", String.join("; ", (List<String>) purpose.get("purposeCategory")));
      pdf.labelValue("Consent type", (String) purpose.get("consentType"));
      pdf.labelValue("Ends", (String) purpose.get("termination"));
      pdf.labelValue("Shared with third parties", "No");
      List<String> spi = (List<String>) receipt.get("spiCat");
      pdf.labelValue("Sensitive", spi.isEmpty() ? "No" : "Yes: " + String.join("; ", spi));
      pdf.heading("Data controller");
      pdf.labelValue("Controller", profile.name());
      pdf.labelValue("Contact", controller.contact());
      pdf.labelValue("Address", controller.address());
      pdf.labelValue("Email", controller.email());
      pdf.labelValue("Phone", controller.phone());
      pdf.labelValue("Website", controller.url());
      pdf.labelValue("Privacy policy", controller.policyUrl());
      pdf.labelValue("Jurisdiction", controller.jurisdictionCode() + " (" + profile.statute() + ")");
      pdf.heading("Receipt");
      pdf.labelValue("Receipt ID", entry.id());
      pdf.labelValue("Library card", source.cardNumber());
      pdf.labelValue("Format", ConsentReceipt.VERSION + " (Kantara Initiative Consent Receipt v1.1)");
      pdf.note("The same receipt is available as JSON. Keep it: it is your copy of what the library recorded.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String words(boolean granted) {
    return granted ? "On (given)" : "Off (not given)";
  }
}
