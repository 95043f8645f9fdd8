package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.http.ProblemType;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** The SMS opt-in over HTTP: number, one-time code, choices, opt-out, the ledger and who may. */
class SmsApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NUMBER = "+13374912368";
  static final String TYPED = "(337) 491-2368";

  private static SettableClock clock;
  private static TestBackend backend;
  private final TestData data = new TestData(backend.dataSource());

  @BeforeAll
  static void start() {
    clock = SettableClock.stepping(Instant.now());
    backend = TestBackend.start("calcasieu", clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY));
  }

  @AfterAll
  static void stop() {
    backend.close();
  }

  @BeforeEach
  void now() throws IOException {
    clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    try (Stream<Path> files = Files.list(backend.smsOutbox())) {
      for (Path file : files.toList()) {
        Files.delete(file); // each test reads the messages it caused
      }
    }
  }

  static String path(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/consents/sms";
  }

  private HttpResponse<String> sendCode(Patron patron, String typed) {
    return sendCode(patron, patron, typed);
  }

  private HttpResponse<String> sendCode(Patron caller, Patron patron, String typed) {
    return backend.post(
        path(patron) + "/verification", backend.token(caller), "{\"number\":\"" + typed + "\"}");
  }

  private HttpResponse<String> confirm(Patron patron, String code) {
    return confirm(patron, patron, code);
  }

  private HttpResponse<String> confirm(Patron caller, Patron patron, String code) {
    return backend.post(
        path(patron) + "/verification/confirm",
        backend.token(caller),
        "{\"code\":\"" + code + "\"}");
  }

  private String code(String e164) {
    return Outbox.lastCode(backend.smsOutbox(), e164);
  }

  /** A code that is not the right one. */
  private static String wrong(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
  }

  private void advance(Duration duration) {
    clock.advance(duration);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void offByDefault() throws Exception {
    Patron patron = data.adult();

    HttpResponse<String> response = backend.get(path(patron), backend.token(patron));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode state = json(response);
    assertThat(state.get("enabled").asBoolean()).isFalse();
    assertThat(state.get("number").isNull()).isTrue();
    assertThat(state.get("pendingVerification").isNull()).isTrue();
    assertThat(state.get("choices").toString())
        .isEqualTo("{\"dueDate\":false,\"holdsReady\":false,\"foundItems\":false}");
    assertThat(state.get("policyVersion").asText()).isEqualTo(backend.profile().policyVersion());
  }

  @Test
  void aNumberConfirmedWithTheCodeSentTurnsSmsOnWithAllThreeChoicesAsLedgerEntries()
      throws Exception {
    Patron patron = data.adult();

    HttpResponse<String> sent = sendCode(patron, TYPED);

    assertThat(sent.statusCode()).isEqualTo(200);
    JsonNode pending = json(sent).get("pendingVerification");
    assertThat(pending.get("number").asText()).isEqualTo(NUMBER);
    assertThat(pending.get("maskedNumber").asText()).isEqualTo("••••••68");
    assertThat(pending.get("attemptsLeft").asInt()).isEqualTo(5);
    assertThat(Instant.parse(pending.get("expiresAt").asText()))
        .isBetween(clock.peek().plusSeconds(599), clock.peek().plusSeconds(600));
    assertThat(json(sent).get("enabled").asBoolean()).isFalse();
    List<Outbox.Message> messages = Outbox.messagesTo(backend.smsOutbox(), NUMBER);
    assertThat(messages).hasSize(1);
    assertThat(messages.getFirst().text())
        .contains("confirmation code", "10 minutes")
        .doesNotContain(patron.firstName(), patron.lastName());
    String code = code(NUMBER);
    assertThat(storedCodeColumns(patron)).doesNotContain(code); // only a salted hash is kept

    HttpResponse<String> confirmed = confirm(patron, code);

    assertThat(confirmed.statusCode()).isEqualTo(200);
    JsonNode state = json(confirmed);
    assertThat(state.get("enabled").asBoolean()).isTrue();
    assertThat(state.get("number").asText()).isEqualTo(NUMBER);
    assertThat(state.get("pendingVerification").isNull()).isTrue();
    assertThat(state.get("choices").toString())
        .isEqualTo("{\"dueDate\":true,\"holdsReady\":true,\"foundItems\":true}");
    String self = "|SELF|" + patron.subject() + "|" + backend.profile().policyVersion() + "|PORTAL";
    assertThat(entries(patron))
        .containsExactly(
            "SMS|true|false" + self,
            "SMS_DUE_DATE|true|false" + self,
            "SMS_HOLDS_READY|true|false" + self,
            "SMS_FOUND_ITEMS|true|false" + self);
    assertThat(numbersStoredOutsideTheSubscription(patron)).isZero();
    assertThat(json(backend.get(path(patron), backend.token(patron))).get("number").asText())
        .isEqualTo(NUMBER);
    // the code is used up
    assertThat(confirm(patron, code).statusCode()).isEqualTo(409);
  }

  @Test
  void choicesSentWithTheCodeAreTheOnesTurnedOn() throws Exception {
    Patron patron = data.adult();
    sendCode(patron, "+44 7911 123456");

    HttpResponse<String> confirmed =
        backend.post(
            path(patron) + "/verification/confirm",
            backend.token(patron),
            "{\"code\":\""
                + code("+447911123456")
                + "\",\"choices\":{\"dueDate\":false,\"holdsReady\":true,"
                + "\"foundItems\":false}}");

    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(json(confirmed).get("number").asText()).isEqualTo("+447911123456");
    assertThat(json(confirmed).get("choices").toString())
        .isEqualTo("{\"dueDate\":false,\"holdsReady\":true,\"foundItems\":false}");
    assertThat(entries(patron))
        .extracting(e -> e.substring(0, e.indexOf("|SELF")))
        .containsExactly("SMS|true|false", "SMS_HOLDS_READY|true|false");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `{"number":""}`                        | empty
      `{"number":"555"}`                     | not a valid phone number
      `{"number":"+1 800 555 1212"}`         | not a mobile number
      `{"number":"+44 20 7946 0958"}`        | not a mobile number
      `{"number":"call me"}`                 | could not be read
      `{"number":"+1 337 491 2368 2368 2368 2368 2368 2368"}` | too long
      `{"number":12}`                        | 'number'
      `{"number":"3374912368","x":1}`        | 'number'
      `{"number":"3374912368","language":"fr"}` | 'language'
      `[]`                                   | JSON object
      `not json`                             | JSON object
      """)
  void aBadNumberOrBodyIsA400NamingTheProblemAndSendsNothing(String body, String named)
      throws Exception {
    Patron patron = data.adult();
    int before = Outbox.messages(backend.smsOutbox()).size();

    HttpResponse<String> response =
        backend.post(path(patron) + "/verification", backend.token(patron), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText())
        .contains(named)
        .doesNotContain("491", "555 1212", "7946");
    assertThat(Outbox.messages(backend.smsOutbox())).hasSize(before);
    assertThat(codeStatuses(patron)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `{"code":"12345"}`                                  | six digits
      `{"code":"12345a"}`                                 | six digits
      `{"code":123456}`                                   | 'code'
      `{"code":"123456","extra":true}`                    | 'code'
      `{"code":"123456","choices":{"dueDate":true}}`      | 'holdsReady'
      `{"code":"123456","choices":{"dueDate":true,"holdsReady":true,"foundItems":true,"ads":true}}` | 'dueDate'
      `{"code":"123456","choices":true}`                  | 'choices'
      """)
  void aBadConfirmationBodyIsA400AndCountsNoAttempt(String body, String named) throws Exception {
    Patron patron = data.adult();
    sendCode(patron, TYPED);

    HttpResponse<String> response =
        backend.post(path(patron) + "/verification/confirm", backend.token(patron), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).contains(named);
    assertThat(
            json(backend.get(path(patron), backend.token(patron)))
                .get("pendingVerification")
                .get("attemptsLeft")
                .asInt())
        .isEqualTo(5);
  }

  @Test
  void aCodeWorksForTenMinutesOnly() throws Exception {
    Patron patron = data.adult();
    sendCode(patron, TYPED);
    String code = code(NUMBER);

    advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(
            json(backend.get(path(patron), backend.token(patron)))
                .get("pendingVerification")
                .isNull())
        .isFalse();
    assertThat(confirm(patron, wrong(code)).statusCode()).isEqualTo(422);
    advance(Duration.ofSeconds(1));

    HttpResponse<String> late = confirm(patron, code);

    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(json(late).get("detail").asText()).contains("expired");
    assertThat(json(backend.get(path(patron), backend.token(patron))).get("enabled").asBoolean())
        .isFalse();
    assertThat(
            json(backend.get(path(patron), backend.token(patron)))
                .get("pendingVerification")
                .isNull())
        .isTrue();
    assertThat(confirm(patron, code).statusCode()).isEqualTo(410);
    assertThat(codeStatuses(patron)).containsExactly("EXPIRED");
    assertThat(numbersStoredOutsideTheSubscription(patron)).isZero();
    assertThat(entries(patron)).isEmpty();
  }

  @Test
  void anAbandonedCodeLosesItsNumberOnceExpiredWhoeverUsesSmsNext() {
    Patron abandoning = data.adult();
    Patron next = data.adult();
    sendCode(abandoning, TYPED);
    assertThat(numbersStoredOutsideTheSubscription(abandoning)).isEqualTo(1);

    advance(Duration.ofMinutes(10));
    backend.get(path(next), backend.token(next));

    assertThat(numbersStoredOutsideTheSubscription(abandoning)).isZero();
    assertThat(codeStatuses(abandoning)).containsExactly("EXPIRED");
  }

  @Test
  void theFifthWrongCodeKillsTheCode() throws Exception {
    Patron patron = data.adult();
    sendCode(patron, TYPED);
    String code = code(NUMBER);

    for (int left = 4; left >= 1; left--) {
      HttpResponse<String> wrong = confirm(patron, wrong(code));
      assertThat(wrong.statusCode()).isEqualTo(422);
      assertThat(json(wrong).get("detail").asText())
          .contains("not correct", "Tries left: " + left + ".");
      assertThat(json(wrong).get("type").asText()).isEqualTo(ProblemType.SMS_CODE_MISMATCH.uri());
      assertThat(json(wrong).get("triesLeft").asInt()).isEqualTo(left);
      assertThat(
              json(backend.get(path(patron), backend.token(patron)))
                  .get("pendingVerification")
                  .get("attemptsLeft")
                  .asInt())
          .isEqualTo(left);
    }
    HttpResponse<String> fifth = confirm(patron, wrong(code));
    assertThat(fifth.statusCode()).isEqualTo(429);
    assertThat(json(fifth).get("detail").asText()).contains("Too many wrong codes");
    assertThat(json(fifth).get("type").asText()).isEqualTo(ProblemType.RATE_LIMITED.uri());
    assertThat(json(fifth).get("code").asText()).isEqualTo("too-many-attempts");
    assertThat(json(fifth).has("retryAfter")).as("waiting does not help").isFalse();
    assertThat(fifth.headers().firstValue("Retry-After")).isEmpty();

    HttpResponse<String> right = confirm(patron, code);

    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(json(backend.get(path(patron), backend.token(patron))).get("enabled").asBoolean())
        .isFalse();
    assertThat(codeStatuses(patron)).containsExactly("LOCKED");
    assertThat(numbersStoredOutsideTheSubscription(patron)).isZero();
    assertThat(entries(patron)).isEmpty();
    // a new code starts over
    advance(Duration.ofMinutes(1));
    sendCode(patron, TYPED);
    assertThat(confirm(patron, code(NUMBER)).statusCode()).isEqualTo(200);
  }

  @Test
  void aNewCodeAtMostOnceAMinuteAndThreeTimesAnHourAndItReplacesTheOldOne() throws Exception {
    Patron patron = data.adult();
    assertThat(sendCode(patron, TYPED).statusCode()).isEqualTo(200);
    String first = code(NUMBER);

    advance(Duration.ofSeconds(30));
    HttpResponse<String> tooSoon = sendCode(patron, "+44 7911 123456");
    assertThat(tooSoon.statusCode()).isEqualTo(429);
    assertThat(tooSoon.headers().firstValue("Retry-After")).contains("30");
    assertThat(json(tooSoon).get("detail").asText())
        .contains("less than a minute ago", "30 seconds");
    assertThat(json(tooSoon).get("type").asText()).isEqualTo(ProblemType.RATE_LIMITED.uri());
    assertThat(json(tooSoon).get("code").asText()).isEqualTo("resend-too-soon");
    assertThat(json(tooSoon).get("retryAfter").asLong()).isEqualTo(30);
    assertThat(Outbox.messagesTo(backend.smsOutbox(), "+447911123456")).isEmpty();

    advance(Duration.ofSeconds(30));
    assertThat(sendCode(patron, TYPED).statusCode()).isEqualTo(200);
    String second = code(NUMBER);
    advance(Duration.ofMinutes(1));
    assertThat(sendCode(patron, TYPED).statusCode()).isEqualTo(200);
    String third = code(NUMBER);
    advance(Duration.ofMinutes(1));
    HttpResponse<String> fourth = sendCode(patron, TYPED);
    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).contains(Long.toString(3600 - 180));
    assertThat(json(fourth).get("detail").asText()).contains("At most 3 codes");
    assertThat(json(fourth).get("code").asText()).isEqualTo("hourly-limit");
    assertThat(json(fourth).get("retryAfter").asLong()).isEqualTo(3600 - 180);
    assertThat(Outbox.messagesTo(backend.smsOutbox(), NUMBER)).hasSize(3);

    advance(Duration.ofMinutes(57)); // the first code is an hour old: one may be sent again
    assertThat(sendCode(patron, TYPED).statusCode()).isEqualTo(200);
    String fifth = code(NUMBER);
    assertThat(Outbox.messagesTo(backend.smsOutbox(), NUMBER)).hasSize(4);
    assertThat(codeStatuses(patron))
        .containsExactly("REPLACED", "EXPIRED", "PENDING"); // the hour-old one deleted

    // only the newest code works (the older ones differ from it, unless by a one-in-a-million
    // chance)
    for (String old : new String[] {first, second, third}) {
      if (!old.equals(fifth)) {
        assertThat(confirm(patron, old).statusCode()).isEqualTo(422);
      }
    }
    assertThat(confirm(patron, fifth).statusCode()).isEqualTo(200);
  }

  @Test
  void withoutANumberTheCodeIsSentAgainToThePendingOneWhileItIsValid() throws Exception {
    Patron patron = data.adult();
    HttpResponse<String> nothing =
        backend.post(path(patron) + "/verification", backend.token(patron), "{}");
    assertThat(nothing.statusCode()).isEqualTo(409);
    assertThat(json(nothing).get("detail").asText()).contains("Send the mobile number again");
    sendCode(patron, TYPED);
    String first = code(NUMBER);
    advance(Duration.ofMinutes(1));

    HttpResponse<String> again =
        backend.post(
            path(patron) + "/verification", backend.token(patron), "{\"language\":\"es\"}");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("pendingVerification").get("number").asText()).isEqualTo(NUMBER);
    List<Outbox.Message> messages = Outbox.messagesTo(backend.smsOutbox(), NUMBER);
    assertThat(messages).hasSize(2);
    assertThat(messages.getLast().text()).contains("código de confirmación");
    String second = code(NUMBER);
    if (!second.equals(first)) {
      assertThat(confirm(patron, first).statusCode()).isEqualTo(422);
    }
    // once the code has expired its number is gone: it must be given again
    advance(Duration.ofMinutes(10));
    assertThat(
            backend.post(path(patron) + "/verification", backend.token(patron), "{}").statusCode())
        .isEqualTo(409);
    assertThat(Outbox.messagesTo(backend.smsOutbox(), NUMBER)).hasSize(2);
  }

  @Test
  void startingOverWithAnotherNumberConfirmsThatOne() throws Exception {
    Patron patron = data.adult();
    sendCode(patron, TYPED);
    advance(Duration.ofMinutes(1));

    sendCode(patron, "+34 612 345 678");

    HttpResponse<String> confirmed = confirm(patron, code("+34612345678"));
    assertThat(json(confirmed).get("number").asText()).isEqualTo("+34612345678");
  }

  @Test
  void choicesChangeOneLedgerEntryEachAndOnlyWhileSmsIsOn() throws Exception {
    Patron patron = data.adult();
    String choices = "{\"dueDate\":true,\"holdsReady\":false,\"foundItems\":true}";
    HttpResponse<String> whileOff =
        backend.put(path(patron) + "/choices", backend.token(patron), choices);
    assertThat(whileOff.statusCode()).isEqualTo(409);
    assertThat(json(whileOff).get("detail").asText()).contains("SMS notices are off");

    sendCode(patron, TYPED);
    confirm(patron, code(NUMBER));
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> changed =
          backend.put(path(patron) + "/choices", backend.token(patron), choices);
      assertThat(changed.statusCode()).isEqualTo(200);
      assertThat(json(changed).get("choices").toString()).isEqualTo(choices);
    }

    assertThat(entries(patron))
        .hasSize(5)
        .last()
        .asString()
        .startsWith("SMS_HOLDS_READY|false|true|SELF|");
    assertThat(json(backend.get(path(patron), backend.token(patron))).get("choices").toString())
        .isEqualTo(choices);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `{}`                                                                 | 'dueDate'
      `{"dueDate":true,"holdsReady":true}`                                 | 'foundItems'
      `{"dueDate":"yes","holdsReady":true,"foundItems":true}`              | 'dueDate'
      `{"dueDate":true,"holdsReady":true,"foundItems":true,"marketing":true}` | may only
      `not json`                                                           | JSON object
      """)
  void badChoicesAreA400(String body, String named) throws Exception {
    Patron patron = data.adult();
    sendCode(patron, TYPED);
    confirm(patron, code(NUMBER));

    HttpResponse<String> response =
        backend.put(path(patron) + "/choices", backend.token(patron), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("detail").asText()).contains(named);
    assertThat(entries(patron)).hasSize(4);
  }

  @Test
  void optingOutErasesTheNumberAndRecordsEveryOptInOff() throws Exception {
    Patron patron = data.adult();
    sendCode(patron, TYPED);
    confirm(patron, code(NUMBER));
    backend.put(
        path(patron) + "/choices",
        backend.token(patron),
        "{\"dueDate\":false,\"holdsReady\":true,\"foundItems\":true}");
    advance(Duration.ofMinutes(1));
    sendCode(patron, "+44 7911 123456"); // a number change under way is cancelled too

    HttpResponse<String> off = backend.delete(path(patron), backend.token(patron));

    assertThat(off.statusCode()).isEqualTo(200);
    JsonNode state = json(off);
    assertThat(state.get("enabled").asBoolean()).isFalse();
    assertThat(state.get("number").isNull()).isTrue();
    assertThat(state.get("pendingVerification").isNull()).isTrue();
    assertThat(subscriptions(patron)).isZero();
    assertThat(numbersStoredOutsideTheSubscription(patron)).isZero();
    assertThat(entries(patron))
        .hasSize(8)
        .endsWith(
            "SMS|false|true|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL",
            "SMS_HOLDS_READY|false|true|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL",
            "SMS_FOUND_ITEMS|false|true|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL");
    assertThat(confirm(patron, code("+447911123456")).statusCode()).isEqualTo(409);

    assertThat(backend.delete(path(patron), backend.token(patron)).statusCode()).isEqualTo(200);
    assertThat(entries(patron)).hasSize(8);
  }

  @Test
  void aGuardianActsForTheMinorSeesOnlyTheLastDigitsIsRecordedAsGuardianAndLogged()
      throws Exception {
    Patron guardian = data.adult();
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(14), true);
    data.guardianLink(guardian, minor, true);
    long seq = data.lastAccessLogSeq();

    HttpResponse<String> sent = sendCode(guardian, minor, TYPED);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(json(sent).get("pendingVerification").get("number").isNull()).isTrue();
    assertThat(json(sent).get("pendingVerification").get("maskedNumber").asText())
        .isEqualTo("••••••68");
    HttpResponse<String> confirmed = confirm(guardian, minor, code(NUMBER));

    assertThat(confirmed.statusCode()).isEqualTo(200);
    for (HttpResponse<String> seen :
        List.of(confirmed, backend.get(path(minor), backend.token(guardian)))) {
      assertThat(seen.body()).doesNotContain("3374912368", "491");
      assertThat(json(seen).get("number").isNull()).isTrue();
      assertThat(json(seen).get("maskedNumber").asText()).isEqualTo("••••••68");
    }
    assertThat(json(backend.get(path(minor), backend.token(minor))).get("number").asText())
        .isEqualTo(NUMBER);
    assertThat(entries(minor))
        .hasSize(4)
        .allSatisfy(
            entry ->
                assertThat(entry)
                    .endsWith(
                        "|true|false|GUARDIAN|"
                            + guardian.subject()
                            + "|"
                            + backend.profile().policyVersion()
                            + "|PORTAL"));
    assertThat(data.accessLogAfter(seq))
        .hasSize(3)
        .allSatisfy(
            row -> {
              assertThat(row.patronId()).isEqualTo(minor.id());
              assertThat(row.category()).isEqualTo("consents");
              assertThat(row.ground()).isEqualTo("GUARDIAN");
              assertThat(row.actorSubject()).isEqualTo(guardian.subject());
            });

    assertThat(backend.delete(path(minor), backend.token(guardian)).statusCode()).isEqualTo(200);
    assertThat(entries(minor)).hasSize(8).last().asString().contains("|false|true|GUARDIAN|");
  }

  @Test
  void anyoneElseGetsTheSame404AsForNobodyAndNothingIsSentOrRecorded() throws Exception {
    Patron patron = data.adult();
    Patron stranger = data.adult();
    Patron grownUp = data.patron("Ada", LocalDate.now().minusYears(30), true);
    Patron formerGuardian = data.adult();
    data.guardianLink(formerGuardian, grownUp, true); // an adult has no guardian
    String staff = backend.tokens().accessToken(TestData.newId(), "staff");
    String ticket = data.ticket(patron, "OPEN");
    String nobody =
        backend
            .get("/api/v1/patrons/" + TestData.newId() + "/loans", backend.token(stranger))
            .body();
    String number = "{\"number\":\"" + TYPED + "\"}";
    String code = "{\"code\":\"123456\"}";
    String choices = "{\"dueDate\":true,\"holdsReady\":true,\"foundItems\":true}";

    List<HttpResponse<String>> refused = new ArrayList<>();
    for (Patron target : List.of(patron, grownUp)) {
      String caller = backend.token(target == patron ? stranger : formerGuardian);
      refused.add(backend.get(path(target), caller));
      refused.add(backend.post(path(target) + "/verification", caller, number));
      refused.add(backend.post(path(target) + "/verification/confirm", caller, code));
      refused.add(backend.put(path(target) + "/choices", caller, choices));
      refused.add(backend.delete(path(target), caller));
    }
    refused.add(backend.get(path(patron) + "?ticket=" + ticket, staff));
    refused.add(backend.post(path(patron) + "/verification?ticket=" + ticket, staff, number));
    refused.add(backend.delete(path(patron) + "?ticket=" + ticket, staff));
    String missing = "/api/v1/patrons/" + TestData.newId() + "/consents/sms";
    refused.add(backend.get(missing, backend.token(stranger)));
    refused.add(backend.post(missing + "/verification", backend.token(stranger), number));
    refused.add(backend.delete(missing, backend.token(stranger)));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody);
    }
    assertThat(Outbox.messagesTo(backend.smsOutbox(), NUMBER)).isEmpty();
    assertThat(codeStatuses(patron)).isEmpty();
    assertThat(entries(patron)).isEmpty();
    assertThat(entries(grownUp)).isEmpty();
  }

  // ---- what the database holds ----

  /**
   * The patron's SMS ledger entries, oldest first, as
   * consent|granted|previous|role|subject|version|channel.
   */
  private List<String> entries(Patron patron) {
    return data.rows(
        "SELECT consent, IF(granted, 'true', 'false'), IF(previous, 'true', 'false'), actor_role,"
            + " actor_subject, policy_version, channel"
            + " FROM consent_entry WHERE patron_id = ? AND consent LIKE 'SMS%'"
            + " ORDER BY recorded_at, FIELD(consent, 'SMS', 'SMS_DUE_DATE', 'SMS_HOLDS_READY', 'SMS_FOUND_ITEMS')",
        patron.id());
  }

  private List<String> codeStatuses(Patron patron) {
    return data.rows(
        "SELECT status FROM sms_verification WHERE patron_id = ? ORDER BY sent_at", patron.id());
  }

  /** Every column of the patron's stored codes, as text. */
  private String storedCodeColumns(Patron patron) {
    return String.join(
        ",",
        data.rows(
            "SELECT CONCAT_WS('|', id, phone_e164, HEX(code_salt), HEX(code_hash),"
                + " CAST(code_salt AS CHAR), CAST(code_hash AS CHAR), status) FROM sms_verification WHERE patron_id = ?",
            patron.id()));
  }

  private int numbersStoredOutsideTheSubscription(Patron patron) {
    return data.rows(
            "SELECT id FROM sms_verification WHERE patron_id = ? AND phone_e164 IS NOT NULL",
            patron.id())
        .size();
  }

  private int subscriptions(Patron patron) {
    return data.rows("SELECT patron_id FROM sms_subscription WHERE patron_id = ?", patron.id())
        .size();
  }
}
