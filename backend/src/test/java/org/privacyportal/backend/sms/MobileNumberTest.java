package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MobileNumberTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      (337) 491-2368     | +13374912368
      337.491.2368       | +13374912368
      +1 337 491 2368    | +13374912368
      +44 7911 123456    | +447911123456
      +34 612 345 678    | +34612345678
      """)
  void aMobileNumberAsTypedBecomesE164(String typed, String e164) {
    assertThat(MobileNumber.parse(typed).e164()).isEqualTo(e164);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      555                   | not a valid phone number
      +1 800 555 1212       | not a mobile number
      +44 20 7946 0958      | not a mobile number
      call me               | could not be read
      +1 337 491 2368 2368 2368 2368 2368 2368 | too long
      """)
  void anythingElseIsRefusedNamingTheProblemWithoutRepeatingIt(String typed, String problem) {
    assertThatThrownBy(() -> MobileNumber.parse(typed))
        .isInstanceOf(MobileNumber.Invalid.class)
        .hasMessageContaining(problem)
        .hasMessageNotContaining(typed);
  }

  @Test
  void theStringFormShowsTheLastTwoDigitsOnly() {
    MobileNumber number = MobileNumber.parse("(337) 491-2368");

    assertThat(number.toString()).doesNotContain("3374912368", "491", "2368").endsWith("68]");
    assertThat(number.masked()).isEqualTo("••••••68");
  }
}
