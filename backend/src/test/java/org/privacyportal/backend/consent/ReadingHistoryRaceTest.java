package org.privacyportal.backend.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.circulation.LoanReturns;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * An opt-out that starts while the ILS is returning a loan the patron keeps. The opt-out has read
 * (access rule, patron) before it waits for the patron's lock; once it has the lock it must see the
 * loan the return kept, or that loan would stay tied to a patron who turned history off.
 */
class ReadingHistoryRaceTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  @Test
  void anOptOutWaitingForAReturnInProgressDeletesTheLoanThatReturnKept() throws Exception {
    Patron patron = data.adult();
    String path = "/api/v1/patrons/" + patron.id() + "/consents/reading-history";
    assertThat(backend.put(path, backend.token(patron), "{\"enabled\":true}").statusCode())
        .isEqualTo(200);
    Instant now = Instant.now();
    String loan =
        data.loan(patron, now.minus(10, ChronoUnit.DAYS), LocalDate.now().plusDays(5), null);

    ExecutorService portal = Executors.newSingleThreadExecutor();
    try (SqlSession ils = backend.sessions().openSession(false)) {
      assertThat(LoanReturns.recordReturn(ils, loan, now))
          .isTrue(); // kept: history is on; not committed yet

      Future<HttpResponse<String>> optOut =
          portal.submit(
              () ->
                  backend.put(
                      path, backend.token(patron), "{\"enabled\":false,\"confirmDeletion\":true}"));
      Thread.sleep(700);
      assertThat(optOut).as("the opt-out waits for the return's lock").isNotDone();
      ils.commit(true);

      assertThat(optOut.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    } finally {
      portal.shutdownNow();
    }
    assertThat(
            data.rows(
                "SELECT patron_id IS NULL, returned_at IS NOT NULL FROM loan WHERE id = ?", loan))
        .as("returned, and no longer the patron's")
        .containsExactly("1|1");
  }
}
