package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The sending side: a notice goes out only with SMS on and that kind chosen, to the confirmed
 * number.
 */
class SmsNoticesTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());
  private final List<String> sent = new ArrayList<>();
  private final SmsNotices notices = new SmsNotices((e164, text) -> sent.add(e164 + " " + text));

  @Test
  void onlyAChosenKindIsSentAndOnlyWhileSmsIsOn() {
    Patron off = data.patron("Rae", LocalDate.now().minusYears(40), false);
    Patron on = data.patron("Lou", LocalDate.now().minusYears(40), false);
    try (SqlSession session = backend.sessions().openSession(false)) {
      session
          .getMapper(SmsMapper.class)
          .saveSubscription(
              new SmsSubscription(
                  on.id(), "+13374912368", true, false, true, Instant.now(), Instant.now()));

      for (SmsKind kind : SmsKind.values()) {
        assertThat(notices.send(session, off.id(), kind, "notice")).isFalse();
      }
      assertThat(notices.send(session, on.id(), SmsKind.DUE_DATE, "Due tomorrow: 2 items."))
          .isTrue();
      assertThat(notices.send(session, on.id(), SmsKind.HOLDS_READY, "A hold is ready.")).isFalse();
      assertThat(
              notices.send(session, on.id(), SmsKind.FOUND_ITEMS, "We found something of yours."))
          .isTrue();
      session.rollback(true);
    }

    assertThat(sent)
        .containsExactly(
            "+13374912368 Due tomorrow: 2 items.", "+13374912368 We found something of yours.");
  }

  @Test
  void theOutboxGatewayDeliversANoticeToTheFolder() {
    Patron on = data.patron("Lou", LocalDate.now().minusYears(40), false);
    SmsNotices toOutbox =
        new SmsNotices(new OutboxSmsGateway(backend.smsOutbox(), java.time.Clock.systemUTC()));
    try (SqlSession session = backend.sessions().openSession(false)) {
      session
          .getMapper(SmsMapper.class)
          .saveSubscription(
              new SmsSubscription(
                  on.id(), "+447911123456", false, true, false, Instant.now(), Instant.now()));

      assertThat(toOutbox.send(session, on.id(), SmsKind.HOLDS_READY, "A hold is ready for you."))
          .isTrue();
      session.rollback(true);
    }

    assertThat(Outbox.messagesTo(backend.smsOutbox(), "+447911123456"))
        .extracting(Outbox.Message::text)
        .containsExactly("A hold is ready for you.");
  }
}
