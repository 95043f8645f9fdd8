package org.privacyportal.frontend.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private final ValueFormat english =
      new ValueFormat(Locale.ENGLISH, CHICAGO, yes -> yes ? "Yes" : "No");
  private final ValueFormat spanish =
      new ValueFormat(Locale.of("es"), CHICAGO, yes -> yes ? "Sí" : "No");

  @Test
  void datesAreShownInThePageLanguage() {
    assertThat(english.format("2026-03-05")).isEqualTo("Mar 5, 2026");
    assertThat(spanish.format("2026-03-05")).isEqualTo("5 mar 2026");
  }

  @Test
  void instantsAreShownInTheReadersTimeZone() {
    // 02:30 UTC is still the evening before in Louisiana
    assertThat(english.format("2026-03-05T02:30:00Z")).startsWith("Mar 4, 2026").contains("8:30");
  }

  @Test
  void textThatOnlyLooksLikeADateIsShownAsSent() {
    assertThat(english.format("2026-13-45")).isEqualTo("2026-13-45");
    assertThat(english.format("The 2026-03-05 meeting")).isEqualTo("The 2026-03-05 meeting");
  }

  @Test
  void numbersBooleansListsAndObjects() {
    assertThat(english.format(12345)).isEqualTo("12,345");
    assertThat(spanish.format(true)).isEqualTo("Sí");
    assertThat(english.format(List.of("loans", "holds"))).isEqualTo("loans, holds");
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("line1", "1 Main St");
    address.put("line2", null);
    address.put("city", "Lake Charles");
    assertThat(english.format(address)).isEqualTo("1 Main St, Lake Charles");
    assertThat(english.format(null)).isEmpty();
  }

  @Test
  void moneyFromMinorUnits() {
    assertThat(english.money(1250, "USD")).isEqualTo("$12.50");
    assertThat(english.money(1250, "not-a-currency")).isEqualTo("12.5 not-a-currency");
  }
}
