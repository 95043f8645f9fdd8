package org.privacyportal.backend.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The shared PDF writer: text survives, pages break and are numbered, odd characters never fail.
 */
class PdfTextDocumentTest {

  private static final Instant CREATED = Instant.parse("2026-03-14T15:09:26Z");

  @Test
  void everyKindOfBlockCarriesItsTextIntoThePdf() throws IOException {
    byte[] pdf =
        write(
            PdfDocumentInfo.of("Your data", Locale.ENGLISH, CREATED),
            document -> {
              document.title("Everything the library keeps about you");
              document.heading("Profile");
              document.labelValue("Name", "Ana Torres");
              document.labelValue("Card number", "2100 0001");
              document.subheading("Addresses");
              document.listItem("12 Oak Street, Lake Charles");
              document.paragraph("This document lists what we hold.\nA second line.");
              document.note("No fines.");
              document
                  .table(List.of(PdfColumn.of("Title", 3), PdfColumn.of("Returned", 1)))
                  .row("Hatchet", "2025-05-22")
                  .row("The Hobbit");
            });

    String text = text(pdf);
    assertThat(text)
        .contains(
            "Everything the library keeps about you",
            "Profile",
            "Name",
            "Ana Torres",
            "Card number",
            "2100 0001",
            "Addresses",
            "12 Oak Street, Lake Charles",
            "This document lists what we hold.",
            "A second line.",
            "No fines.",
            "Title",
            "Returned",
            "Hatchet",
            "2025-05-22",
            "The Hobbit",
            "Page 1 of 1");
  }

  @Test
  void spanishAccentsAndPunctuationAreKept() throws IOException {
    String spanish =
        "¿Dónde está el niño? ¡Señal! Pingüino, acción, último, Ñandú — «comillas» “así” €5";
    byte[] pdf =
        write(
            PdfDocumentInfo.of("Tus datos", Locale.forLanguageTag("es"), CREATED),
            document -> {
              document.title("Tus datos");
              document.paragraph(spanish);
            });

    assertThat(text(pdf)).contains(spanish, "Página 1 de 1");
  }

  @Test
  void charactersHelveticaCannotShowAreReplacedInsteadOfFailing() throws IOException {
    byte[] pdf =
        write(
            PdfDocumentInfo.of("Łódź 東京", Locale.ENGLISH, CREATED),
            document -> {
              document.title("Łódź 東京 🙂");
              document.labelValue("Ş\u200Bt\u0000x", "Zażółć gęślą jaźń \u2011 ✓");
              document.table(List.of(PdfColumn.of("名前", 1))).row("Ελληνικά");
            });

    String text = text(pdf);
    // Ł and CJK have no Latin base letter; ż, ł's neighbours and ś lose only their accent; ó is
    // Latin-1
    assertThat(text).contains("?ódz ?? ?", "Zazó?c gesla jazn - ?", "Stx", "????????");
  }

  @Test
  void longTextBreaksIntoNumberedPages() throws IOException {
    String sentence =
        "A loan returned on time, kept in the reading history because the patron opted in. ";
    byte[] pdf =
        write(
            PdfDocumentInfo.of("History", Locale.ENGLISH, CREATED),
            document -> {
              document.heading("Loan history");
              for (int i = 0; i < 120; i++) {
                document.paragraph("Paragraph " + i + ". " + sentence.repeat(3));
              }
            });

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Paragraph 0.",
              "Paragraph 119.",
              "Page 1 of " + pages,
              "Page " + pages + " of " + pages);
      PDFTextStripper firstPage = new PDFTextStripper();
      firstPage.setStartPage(1);
      firstPage.setEndPage(1);
      assertThat(firstPage.getText(document))
          .contains("Paragraph 0.")
          .doesNotContain("Paragraph 119.");
    }
  }

  @Test
  void aTableRepeatsItsHeaderOnEveryPage() throws IOException {
    byte[] pdf =
        write(
            PdfDocumentInfo.of("Loans", Locale.ENGLISH, CREATED),
            document -> {
              PdfTextDocument.Table table =
                  document.table(
                      List.of(PdfColumn.of("Borrowed title", 3), PdfColumn.of("Due", 1)));
              for (int i = 0; i < 200; i++) {
                table.row(
                    "Book number "
                        + i
                        + " with a long title that wraps over more than one line in its column",
                    "2025-06-0" + (i % 9 + 1));
              }
            });

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(3);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // top to bottom: the header comes first, the footer last
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).startsWith("Borrowed title");
      }
      assertThat(new PDFTextStripper().getText(document)).contains("Book number 199 ");
      assertThat(document.getPage(0).getContentStreams())
          .toIterable()
          .hasSize(1); // footer in the same stream
    }
  }

  @Test
  void aWordWiderThanItsColumnIsCutNotLost() throws IOException {
    String word = "x".repeat(400);
    byte[] pdf =
        write(
            PdfDocumentInfo.of("Wide", Locale.ENGLISH, CREATED),
            document -> document.paragraph(word));

    assertThat(text(pdf).replaceAll("\\s", "")).contains(word);
  }

  @Test
  void metadataNamesTitleLanguageAndCreation() throws IOException {
    byte[] pdf =
        write(
            PdfDocumentInfo.of("Mis datos: biblioteca", Locale.forLanguageTag("es-US"), CREATED),
            document -> document.paragraph("Hola"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Mis datos: biblioteca");
      assertThat(document.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(CREATED);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-US");
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
    }
  }

  @Test
  void anEmptyDocumentIsOneNumberedPage() throws IOException {
    byte[] pdf = write(PdfDocumentInfo.of("Empty", Locale.ENGLISH, CREATED), document -> {});

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
    assertThat(text(pdf)).contains("Page 1 of 1");
  }

  @Test
  void aTableEndsWhenTheNextBlockStarts() throws IOException {
    try (PdfTextDocument document =
        PdfTextDocument.begin(PdfDocumentInfo.of("T", Locale.ENGLISH, CREATED))) {
      PdfTextDocument.Table table = document.table(List.of(PdfColumn.of("A", 1)));
      document.paragraph("after");
      assertThatThrownBy(() -> table.row("late")).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> document.table(List.of(PdfColumn.of("A", 1))).row("1", "2"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static byte[] write(PdfDocumentInfo info, Consumer<PdfTextDocument> blocks)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfTextDocument document = PdfTextDocument.begin(info)) {
      blocks.accept(document);
      document.writeTo(out);
    }
    return out.toByteArray();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
