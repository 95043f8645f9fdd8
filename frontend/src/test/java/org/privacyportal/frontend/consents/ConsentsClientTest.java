package org.privacyportal.frontend.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Receipts are asked for in the UI's language. */
class ConsentsClientTest {

  private static final String PATRON = "0b6f3c1e-1111-4a2b-9c3d-4e5f60718293";
  private static final String ENTRY = "5d1e0c6a-2222-4b3c-8d4e-5f6071829304";
  private static final String RECEIPT =
      "http://backend.test/api/v1/patrons/" + PATRON + "/consents/ledger/" + ENTRY + "/receipt";

  private MockRestServiceServer server;
  private ConsentsClient client;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://backend.test");
    server = MockRestServiceServer.bindTo(builder).build();
    client = new ConsentsClient(new BackendClient(builder.build()));
  }

  @Test
  void aSpanishReaderGetsSpanishReceipts() {
    server
        .expect(requestTo(RECEIPT + ".json?language=es"))
        .andExpect(method(HttpMethod.GET))
        .andExpect(header("Accept", MediaType.APPLICATION_JSON_VALUE))
        .andRespond(withSuccess("{\"language\":\"es\"}", MediaType.APPLICATION_JSON));
    server
        .expect(requestTo(RECEIPT + ".pdf?language=es"))
        .andExpect(method(HttpMethod.GET))
        .andRespond(withSuccess(new byte[] {'%', 'P', 'D', 'F', '-'}, MediaType.APPLICATION_PDF));

    assertThat(client.receiptJson(PATRON, ENTRY, Locale.of("es", "MX")))
        .isInstanceOf(BackendAnswer.Found.class);
    assertThat(client.receiptPdf(PATRON, ENTRY, Locale.of("es")))
        .isInstanceOf(BackendAnswer.Found.class);
    server.verify();
  }

  @Test
  void englishAndAnyLanguageThePortalDoesNotSpeakGetEnglish() {
    server
        .expect(requestTo(RECEIPT + ".pdf?language=en"))
        .andRespond(withSuccess(new byte[] {'%'}, MediaType.APPLICATION_PDF));
    server
        .expect(requestTo(RECEIPT + ".json?language=en"))
        .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

    client.receiptPdf(PATRON, ENTRY, Locale.US);
    client.receiptJson(PATRON, ENTRY, Locale.FRENCH);
    server.verify();
    assertThat(ConsentsClient.code(null)).isEqualTo("en");
  }
}
