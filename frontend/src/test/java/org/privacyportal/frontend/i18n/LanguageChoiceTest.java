package org.privacyportal.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

  @Test
  void theCookieHoldsOnlyTheLanguageCodeForAYear() {
    var cookie = LanguageChoice.cookie(Languages.SPANISH, true);

    assertThat(cookie.getValue()).isEqualTo("es");
    assertThat(cookie.getPath()).isEqualTo("/");
    assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
  }

  @Test
  void onlyALanguageThePortalSpeaksIsTaken() {
    assertThat(LanguageChoice.supportedCode("es")).contains(Languages.SPANISH);
    assertThat(LanguageChoice.supportedCode("en")).contains(Locale.ENGLISH);
    assertThat(LanguageChoice.supportedCode("fr")).isEmpty();
    assertThat(LanguageChoice.supportedCode("<script>")).isEmpty();
  }

  @Test
  void eachLanguageIsNamedInItself() {
    assertThat(Languages.nativeName(Languages.SPANISH)).isEqualTo("Español");
    assertThat(Languages.nativeName(Locale.ENGLISH)).isEqualTo("English");
  }
}
