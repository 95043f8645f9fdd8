package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The entries the records API writes form a chain the director's verification accepts, through the
 * route BackendApp wires (the audit package's own tests cover tampering).
 */
class AccessLogChainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void whatTheRecordsApiLogsVerifiesIntactForTheDirectorOnly() throws Exception {
    TestBackend backend = TestBackend.get();
    TestData data = new TestData(backend.dataSource());
    Patron minor = data.patron("Vic", LocalDate.now().minusYears(13), false);
    Patron parent = data.patron("Val", LocalDate.now().minusYears(43), true);
    data.guardianLink(parent, minor, true);
    data.everyCategory(minor, new Random(3));
    String asParent = backend.tokens().accessToken(parent.subject(), "patron");
    long before = data.lastAccessLogSeq();
    for (String category : new String[] {"loans", "holds", "summary", "access_log"}) {
      assertThat(
              backend.get("/api/v1/patrons/" + minor.id() + "/" + category, asParent).statusCode())
          .isEqualTo(200);
    }
    assertThat(data.accessLogAfter(before)).hasSize(3 + 12);

    HttpResponse<String> verify =
        backend.get(
            "/api/v1/audit/verify", backend.tokens().accessToken(TestData.newId(), "director"));

    assertThat(verify.statusCode()).isEqualTo(200);
    JsonNode result = JSON.readTree(verify.body());
    assertThat(result.get("intact").asBoolean()).as(verify.body()).isTrue();
    assertThat(result.get("entriesChecked").asLong())
        .isGreaterThanOrEqualTo(data.lastAccessLogSeq());
    assertThat(result.get("firstBrokenSeq").isNull()).isTrue();
    assertThat(
            backend
                .get(
                    "/api/v1/audit/verify", backend.tokens().accessToken(TestData.newId(), "staff"))
                .statusCode())
        .isEqualTo(403);
  }
}
