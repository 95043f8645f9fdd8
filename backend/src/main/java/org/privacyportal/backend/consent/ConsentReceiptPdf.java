package org.privacyportal.backend.consent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.pdf.PdfDocumentInfo;
import org.privacyportal.backend.pdf.PdfTextDocument;

/**
 * The receipt of one consent-ledger entry as a readable PDF: the same fields as the JSON receipt,
 * in the same words ({@link ReceiptWords}), with labels, states and dates in the reader's language.
 */
final class ConsentReceiptPdf {

  private ConsentReceiptPdf() {}

  @SuppressWarnings("unchecked")
  static byte[] of(ConsentLedger.ReceiptSource source, LibraryProfile profile, ReceiptWords words) {
    Map<String, Object> receipt = ConsentReceipt.of(source, profile, words);
    LedgerEntry entry = source.entry();
    Map<String, Object> service = ((List<Map<String, Object>>) receipt.get("services")).getFirst();
    Map<String, Object> purpose = ((List<Map<String, Object>>) service.get("purposes")).getFirst();
    LibraryProfile.Controller controller = profile.controller();
    try (PdfTextDocument pdf =
        PdfTextDocument.begin(
            PdfDocumentInfo.of(
                words.text("document-title", entry.id()),
                words.language().locale(),
                entry.recordedAt()))) {
      pdf.title(words.text("title"));
      pdf.paragraph(words.text("intro", profile.name()));
      pdf.heading(words.text("heading.change"));
      pdf.labelValue(words.text("label.service"), (String) service.get("service"));
      pdf.labelValue(words.text("label.purpose"), (String) purpose.get("purpose"));
      pdf.labelValue(words.text("label.before"), words.state(entry.consent(), entry.previous()));
      pdf.labelValue(words.text("label.after"), words.state(entry.consent(), entry.granted()));
      pdf.labelValue(
          words.text("label.when"),
          words.when().format(entry.recordedAt().atZone(profile.timeZone())));
      pdf.labelValue(words.text("label.who"), words.actor(entry));
      pdf.labelValue(words.text("label.how"), (String) receipt.get("collectionMethod"));
      pdf.labelValue(words.text("label.policy-version"), entry.policyVersion());
      pdf.heading(words.text("heading.consent"));
      pdf.labelValue(
          words.text("label.pii"), String.join("; ", (List<String>) purpose.get("piiCategory")));
      pdf.labelValue(
          words.text("label.purpose-category"),
          String.join("; ", (List<String>) purpose.get("purposeCategory")));
      String consentType = (String) purpose.get("consentType");
      pdf.labelValue(
          words.text("label.consent-type"),
          words.textOr("value.consent-type." + consentType, consentType));
      pdf.labelValue(words.text("label.ends"), (String) purpose.get("termination"));
      pdf.labelValue(words.text("label.third-parties"), words.text("value.no"));
      List<String> spi = (List<String>) receipt.get("spiCat");
      pdf.labelValue(
          words.text("label.sensitive"),
          spi.isEmpty()
              ? words.text("value.no")
              : words.text("value.yes-sensitive", String.join("; ", spi)));
      pdf.heading(words.text("heading.controller"));
      pdf.labelValue(words.text("label.controller"), profile.name());
      pdf.labelValue(words.text("label.contact"), controller.contact());
      pdf.labelValue(words.text("label.address"), controller.address());
      pdf.labelValue(words.text("label.email"), controller.email());
      pdf.labelValue(words.text("label.phone"), controller.phone());
      pdf.labelValue(words.text("label.website"), controller.url());
      pdf.labelValue(words.text("label.policy"), controller.policyUrl());
      pdf.labelValue(
          words.text("label.jurisdiction"),
          words.text("value.jurisdiction", controller.jurisdictionCode(), profile.statute()));
      pdf.heading(words.text("heading.receipt"));
      pdf.labelValue(words.text("label.receipt-id"), entry.id());
      pdf.labelValue(words.text("label.card"), source.cardNumber());
      pdf.labelValue(
          words.text("label.format"), words.text("value.format", ConsentReceipt.VERSION));
      pdf.note(words.text("note"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
