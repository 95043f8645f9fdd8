package org.privacyportal.backend.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.ContractValidator;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The printable document, rendered as a person would see it: its text (names, period, code, hash,
 * the signed text) and its QR code, decoded from the rendered page, opening the desk's verification
 * page with the code.
 */
class AuthorizationDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  @Test
  void theDocumentHoldsTheSignedTextTheCodeAndAQrCodeOfTheDesksPage() throws Exception {
    Patron patron = data.adult();
    String base = "/api/v1/patrons/" + patron.id() + "/written-authorizations";
    String token = backend.patronToken(patron);
    ObjectNode form = JSON.createObjectNode();
    form.put("granteeName", "Minh Nguyen");
    form.putArray("categories").add("holds").add("fines");
    form.put("purpose", "Picking up my holds while I recover.");
    form.put("language", "es");
    JsonNode preview =
        JSON.readTree(backend.post(base + "/preview", token, form.toString()).body());
    form.put("textHash", preview.get("textHash").asText());
    form.put("typedName", patron.firstName() + " " + patron.lastName());
    form.put("statementAccepted", true);
    JsonNode created = JSON.readTree(backend.post(base, token, form.toString()).body());
    String code = created.get("verificationCode").asText();

    HttpResponse<byte[]> english =
        pdf(base + "/" + created.get("id").asText() + "/document.pdf?lang=en", token);
    HttpResponse<byte[]> spanish =
        pdf(base + "/" + created.get("id").asText() + "/document.pdf?lang=es", token);

    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.headers().firstValue("Content-Type")).contains("application/pdf");
    try (PDDocument document = Loader.loadPDF(english.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Written authorization")
          .contains(code)
          .contains(patron.firstName() + " " + patron.lastName())
          .contains("Minh Nguyen")
          .contains("holds, fines and fees")
          // the text as signed, in Spanish, whatever the labels' language
          .contains("autorizo a Minh Nguyen")
          .contains(preview.get("validFrom").asText().substring(0, 4));
      assertThat(text.replace(" ", "")).contains(preview.get("textHash").asText());
      assertThat(qrPayloads(document))
          .containsExactly("http://localhost:8080/staff/authorization-check?code=" + code);
      // kept for a person to look at (pdftoppm -png target/written-authorization-sample.pdf)
      Files.write(Path.of("target", "written-authorization-sample.pdf"), english.body());
    }
    try (PDDocument document = Loader.loadPDF(spanish.body())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Autorización escrita")
          .contains("Código de verificación")
          .contains(code);
    }
  }

  /** Every QR code on the document's pages, decoded from the rendered pages. */
  private static java.util.List<String> qrPayloads(PDDocument document) throws Exception {
    java.util.List<String> found = new java.util.ArrayList<>();
    PDFRenderer renderer = new PDFRenderer(document);
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      BufferedImage page = renderer.renderImageWithDPI(i, 150);
      try {
        found.add(
            new MultiFormatReader()
                .decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
                .getText());
      } catch (com.google.zxing.NotFoundException e) {
        // no code on this page
      }
    }
    return found;
  }

  private HttpResponse<byte[]> pdf(String path, String token) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(backend.uri(path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    ContractValidator.get().check(response);
    return response;
  }
}
