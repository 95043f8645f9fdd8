package org.privacyportal.backend.pdf;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a PDF says about itself, and the words of its page footers.
 *
 * @param title shown by viewers in the window title (document information and catalog)
 * @param language the document's natural language (catalog /Lang), read by screen readers
 * @param pageFooter footer format with the page number and the page count, e.g. "Page %1$d of
 *     %2$d"; the count ({@code %2$d}) is filled in when the document is written
 * @param created creation date written into the document information
 */
public record PdfDocumentInfo(String title, Locale language, String pageFooter, Instant created) {

  public PdfDocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pageFooter, "pageFooter");
    Objects.requireNonNull(created, "created");
  }

  /** The footer in English or Spanish by the language, e.g. "Página 2 de 7". */
  public static PdfDocumentInfo of(String title, Locale language, Instant created) {
    String footer =
        "es".equals(language.getLanguage()) ? "Página %1$d de %2$d" : "Page %1$d of %2$d";
    return new PdfDocumentInfo(title, language, footer, created);
  }
}
