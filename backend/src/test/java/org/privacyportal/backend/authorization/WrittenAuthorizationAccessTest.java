package org.privacyportal.backend.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * What a grantee may read under authorizations signed through the API, as a table walked through
 * time on a settable clock: in scope, out of scope, before the start, after the end, revoked, the
 * wrong grantee, and one a guardian signed for a minor before and after the minor's majority. Each
 * read granted is logged once with the ground WRITTEN_AUTHORIZATION and the authorization's id;
 * each refused one is the 404 of an unknown patron, with nothing logged.
 */
class WrittenAuthorizationAccessTest {

  /**
   * day: days after the start (noon, library time); then who reads whose category, and the answer:
   * W(name) granted on that authorization, - refused. "revoke" rows revoke the authorization named.
   */
  private static final String TABLE =
      """
      day  situation                        reader    whose   category  expect
      0    in-scope                         grantee   adult   loans     W(a1)
      0    in-scope                         grantee   adult   holds     W(a1)
      0    out-of-scope                     grantee   adult   events    -
      0    out-of-scope                     grantee   adult   loan_history -
      0    before-start                     grantee   adult   fines     -
      0    wrong-grantee                    stranger  adult   loans     -
      0    the-patron-is-no-grantee         adult     minor   loans     -
      0    guardian-signed-minor            grantee   minor   loans     W(a3)
      0    guardian-signed-out-of-scope     grantee   minor   holds     -
      0    in-scope-until-revoked           grantee   adult   tickets   W(a4)
      0    revoke                           -         adult   -         a4
      0    revoked                          grantee   adult   tickets   -
      0    revoked-others-unchanged         grantee   adult   loans     W(a1)
      3    after-start                      grantee   adult   fines     W(a2)
      4    guardian-signed-after-majority   grantee   minor   loans     -
      6    after-end                        grantee   adult   fines     -
      6    still-in-period                  grantee   adult   loans     W(a1)
      11   after-end                        grantee   adult   loans     -
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void answersAsTheTableSays() throws Exception {
    String profileId = LibraryProfiles.DEFAULT_ID;
    ZoneId zone = LibraryProfiles.load(profileId).timeZone();
    LocalDate startDay = LocalDate.now(zone);
    Instant start = startDay.atTime(LocalTime.NOON).atZone(zone).toInstant();
    SettableClock clock = new SettableClock(start);
    try (TestBackend backend =
        TestBackend.start(profileId, clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      TestData data = new TestData(backend.dataSource());
      Patron adult = data.adult();
      Patron grantee = data.adult();
      Patron stranger = data.adult();
      Patron guardian = data.adult();
      // 18 (Calcasieu's majority) on day 4
      Patron minor = data.patron("Kim", startDay.minusYears(18).plusDays(4), true);
      data.guardianLink(guardian, minor, true);
      Map<String, Patron> people =
          Map.of("adult", adult, "grantee", grantee, "stranger", stranger, "minor", minor);
      String granteeCard = data.cardNumber(grantee);
      String granteeName = grantee.firstName() + " " + grantee.lastName();

      Signer signer = new Signer(backend, clock);
      Map<String, String> ids = new HashMap<>();
      ids.put(
          "a1",
          signer.sign(
              adult,
              adult,
              granteeName,
              granteeCard,
              List.of("loans", "holds"),
              startDay,
              startDay.plusDays(10)));
      ids.put(
          "a2",
          signer.sign(
              adult,
              adult,
              granteeName,
              granteeCard,
              List.of("fines"),
              startDay.plusDays(2),
              startDay.plusDays(5)));
      ids.put(
          "a3",
          signer.sign(
              guardian,
              minor,
              granteeName,
              granteeCard,
              List.of("loans"),
              startDay,
              startDay.plusDays(30)));
      ids.put(
          "a4",
          signer.sign(
              adult,
              adult,
              granteeName,
              granteeCard,
              List.of("tickets"),
              startDay,
              startDay.plusDays(30)));

      SoftAssertions soft = new SoftAssertions();
      List<String> rows =
          TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).skip(1).toList();
      for (String row : rows) {
        String[] cell = row.split("\\s+");
        clock.set(start.plus(Duration.ofDays(Long.parseLong(cell[0]))));
        Patron whose = people.get(cell[3]);
        if (cell[1].equals("revoke")) {
          HttpResponse<String> revoked =
              backend.post(
                  "/api/v1/patrons/"
                      + whose.id()
                      + "/written-authorizations/"
                      + ids.get(cell[5])
                      + "/revocation",
                  signer.token(whose),
                  "");
          soft.assertThat(revoked.statusCode()).as(row).isEqualTo(200);
          continue;
        }
        Patron reader = people.get(cell[2]);
        String token = signer.token(reader);
        String missing =
            backend.get("/api/v1/patrons/" + TestData.newId() + "/" + cell[4], token).body();
        long before = data.lastAccessLogSeq();
        HttpResponse<String> answer =
            backend.get("/api/v1/patrons/" + whose.id() + "/" + cell[4], token);
        List<LogRow> logged =
            data.accessLogAfter(before).stream()
                .filter(l -> l.patronId().equals(whose.id()))
                .toList();
        if (cell[5].equals("-")) {
          soft.assertThat(answer.statusCode()).as(row).isEqualTo(404);
          soft.assertThat(answer.body()).as(row + " body").isEqualTo(missing);
          soft.assertThat(logged).as(row + " log").isEmpty();
        } else {
          String ref = ids.get(cell[5].substring(2, cell[5].length() - 1));
          soft.assertThat(answer.statusCode()).as(row).isEqualTo(200);
          soft.assertThat(logged)
              .as(row + " log")
              .extracting(
                  l ->
                      l.ground()
                          + " "
                          + l.category()
                          + " "
                          + l.groundRef()
                          + " "
                          + l.actorSubject())
              .containsExactly(
                  "WRITTEN_AUTHORIZATION " + cell[4] + " " + ref + " " + reader.subject());
        }
      }
      soft.assertAll();

      // The patron, now of age, sees on her own authorization why it no longer counts.
      JsonNode a3 =
          JSON.readTree(
              backend
                  .get(
                      "/api/v1/patrons/" + minor.id() + "/written-authorizations/" + ids.get("a3"),
                      signer.token(minor))
                  .body());
      assertThat(a3.get("status").asText()).isEqualTo("ENDED_AT_MAJORITY");
      assertThat(a3.get("endsAtMajority").asText()).isEqualTo(startDay.plusDays(4).toString());
      JsonNode listed =
          JSON.readTree(
                  backend
                      .get("/api/v1/patrons/" + minor.id() + "/authorizations", signer.token(minor))
                      .body())
              .get("items");
      assertThat(listed).hasSize(1);
      assertThat(listed.get(0).get("status").asText()).isEqualTo("ENDED_AT_MAJORITY");
      // and the adult patron's: one expired (a2, a1 at day 11), one revoked (a4)
      JsonNode adults =
          JSON.readTree(
                  backend
                      .get("/api/v1/patrons/" + adult.id() + "/authorizations", signer.token(adult))
                      .body())
              .get("items");
      Map<String, String> statuses = new HashMap<>();
      adults.forEach(a -> statuses.put(a.get("id").asText(), a.get("status").asText()));
      assertThat(statuses)
          .containsEntry(ids.get("a1"), "EXPIRED")
          .containsEntry(ids.get("a2"), "EXPIRED")
          .containsEntry(ids.get("a4"), "REVOKED");
    }
  }

  /** Signs through the API, with tokens whose sign-in is the backend clock's now. */
  private record Signer(TestBackend backend, SettableClock clock) {

    String token(Patron patron) {
      var claims = backend.tokens().accessClaims(patron.subject(), "patron");
      claims.claim("auth_time", clock.peek().getEpochSecond());
      return backend.tokens().sign(claims.build());
    }

    String sign(
        Patron signer,
        Patron whose,
        String granteeName,
        String granteeCard,
        List<String> categories,
        LocalDate from,
        LocalDate until)
        throws Exception {
      String base = "/api/v1/patrons/" + whose.id() + "/written-authorizations";
      ObjectNode form = JSON.createObjectNode();
      form.put("granteeName", granteeName);
      form.put("granteeCardNumber", granteeCard);
      categories.forEach(form.putArray("categories")::add);
      form.put("purpose", "Helping with the library account.");
      form.put("validFrom", from.toString());
      form.put("validUntil", until.toString());
      HttpResponse<String> preview =
          backend.post(base + "/preview", token(signer), form.toString());
      assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
      form.put("textHash", JSON.readTree(preview.body()).get("textHash").asText());
      form.put("typedName", signer.firstName() + " " + signer.lastName());
      form.put("statementAccepted", true);
      HttpResponse<String> signed = backend.post(base, token(signer), form.toString());
      assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
      return JSON.readTree(signed.body()).get("id").asText();
    }
  }
}
