package org.privacyportal.backend.authorization;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.pdf.PdfDocumentInfo;
import org.privacyportal.backend.pdf.PdfTextDocument;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The printable document of a written authorization: the text exactly as signed (in the language it
 * was signed in), its scope, period, signer and signing time, the content hash, and the
 * verification code grouped for reading aloud and as a QR code that opens the staff desk's
 * verification page ({@link #checkUrl}). Labels in the reader's language.
 */
final class AuthorizationPdf {

  static final String RESOURCE = "org/privacyportal/backend/authorization/authorization-document";

  /** The desk's verification page, in the frontend (docs/authorizations.md). */
  static final String CHECK_PATH = "/staff/authorization-check";

  private static final Map<Language, Properties> WORDS = Language.bundles(RESOURCE);

  /** QR modules per side are scaled by this many pixels, plus the quiet zone ZXing adds. */
  private static final int QR_PIXELS = 240;

  private static final float QR_POINTS = 130;

  private AuthorizationPdf() {}

  /** {@code {frontend}/staff/authorization-check?code={CODE-GROUPED}}. */
  static String checkUrl(URI frontend, String groupedCode) {
    String base = frontend.toString().replaceAll("/+$", "");
    return base + CHECK_PATH + "?code=" + URLEncoder.encode(groupedCode, StandardCharsets.UTF_8);
  }

  static byte[] of(
      Authorizations.Printable printable, LibraryProfile profile, Language language, URI frontend) {
    Properties words = WORDS.get(language);
    Authorizations.Details details = printable.details();
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language.locale())
            .withZone(profile.timeZone());
    try (PdfTextDocument pdf =
        PdfTextDocument.begin(
            PdfDocumentInfo.of(
                text(words, "document-title", details.verificationCode()),
                language.locale(),
                details.signedAt()))) {
      pdf.title(text(words, "title"));
      pdf.paragraph(text(words, "intro", profile.name()));
      // First, so that the code and its QR code are on the first page the grantee shows.
      pdf.heading(text(words, "heading.verification"));
      pdf.labelValue(text(words, "label.code"), details.verificationCode());
      pdf.image(qrCode(checkUrl(frontend, details.verificationCode())), QR_POINTS);
      pdf.note(text(words, "note.verification"));

      pdf.heading(text(words, "heading.text"));
      pdf.paragraph(details.text());

      pdf.heading(text(words, "heading.details"));
      pdf.labelValue(text(words, "label.patron"), printable.patronName());
      pdf.labelValue(text(words, "label.grantee"), details.granteeName());
      pdf.labelValue(
          text(words, "label.categories"),
          details.categories().stream()
              .map(name -> Category.fromWireName(name).orElseThrow())
              .map(category -> AuthorizationText.category(language, category))
              .collect(Collectors.joining(", ")));
      pdf.labelValue(text(words, "label.purpose"), details.purpose());
      pdf.labelValue(
          text(words, "label.period"),
          text(
              words,
              "value.period",
              day.format(details.validFrom()),
              day.format(details.validUntil())));
      if (details.endsAtMajority() != null) {
        pdf.labelValue(text(words, "label.ends-at-majority"), day.format(details.endsAtMajority()));
      }
      pdf.labelValue(text(words, "label.status"), text(words, "status." + details.status()));

      pdf.heading(text(words, "heading.signature"));
      pdf.labelValue(
          text(words, "label.signer"), text(words, "value.signer." + details.signerRole()));
      if (printable.stored().signerTypedName() != null) {
        pdf.labelValue(text(words, "label.typed-name"), printable.stored().signerTypedName());
      }
      pdf.labelValue(text(words, "label.signed-at"), when.format(details.signedAt()));
      pdf.labelValue(text(words, "label.hash"), inGroups(details.textHash(), 16));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The QR code of {@code payload}, black on white, medium error correction. */
  static BufferedImage qrCode(String payload) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  payload,
                  BarcodeFormat.QR_CODE,
                  QR_PIXELS,
                  QR_PIXELS,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
      BufferedImage image =
          new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      return image;
    } catch (WriterException e) {
      throw new IllegalStateException("a verification URL always fits a QR code", e);
    }
  }

  /** The hash in groups that wrap at their spaces rather than anywhere. */
  static String inGroups(String hash, int size) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < hash.length(); i += size) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(hash, i, Math.min(hash.length(), i + size));
    }
    return grouped.toString();
  }

  private static String text(Properties words, String key, Object... values) {
    String pattern = words.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("missing words: " + key);
    }
    return values.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), values);
  }
}
