package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsRulesTest {

  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void theFirstCodeNeedsNoWait() {
    assertThat(SmsRules.waitBeforeNextCode(List.of(), T)).isEmpty();
  }

  @Test
  void aMinuteBetweenCodes() {
    assertThat(SmsRules.waitBeforeNextCode(List.of(T), T.plusSeconds(59).plusMillis(1)))
        .contains(new SmsRules.Wait(Duration.ofMillis(999), false));
    assertThat(SmsRules.waitBeforeNextCode(List.of(T), T.plusSeconds(60))).isEmpty();
  }

  @Test
  void threeCodesAnHourCountedFromTheOldestThatStillCounts() {
    List<Instant> sent = List.of(T, T.plusSeconds(600), T.plusSeconds(1200));

    assertThat(SmsRules.waitBeforeNextCode(sent, T.plusSeconds(1800)))
        .contains(new SmsRules.Wait(Duration.ofSeconds(1800), true));
    assertThat(SmsRules.waitBeforeNextCode(sent, T.plusSeconds(3600))).isEmpty();
  }

  @Test
  void retryAfterRoundsUp() {
    assertThat(SmsRules.seconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(SmsRules.seconds(Duration.ofSeconds(30))).isEqualTo(30);
    assertThat(SmsRules.seconds(Duration.ofMillis(30_001))).isEqualTo(31);
  }

  @Test
  void codesAreSixDigitsAndOnlyTheirHashMatches() {
    String code = OneTimeCode.generate();
    OneTimeCode.Hashed hashed = OneTimeCode.hash(code);

    assertThat(code).matches("\\d{6}");
    assertThat(OneTimeCode.wellFormed(code)).isTrue();
    assertThat(OneTimeCode.wellFormed("12345")).isFalse();
    assertThat(OneTimeCode.wellFormed("１２３４５６")).isFalse(); // full-width digits are not ASCII
    assertThat(OneTimeCode.matches(code, hashed.salt(), hashed.hash())).isTrue();
    assertThat(
            OneTimeCode.matches(
                String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000),
                hashed.salt(),
                hashed.hash()))
        .isFalse();
    assertThat(OneTimeCode.hash(code).hash())
        .isNotEqualTo(hashed.hash()); // salted: same code, other hash
  }
}
