package org.privacyportal.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessLogKeyTest {

  @Test
  void keyIsTheValuesUtf8BytesAsGiven() {
    String value = " a key with spaces and ñ, long enough ";
    assertThat(AccessLogKey.from(Map.of("PORTAL_ACCESS_LOG_KEY", value)))
        .isEqualTo(value.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void missingBlankOrShortKeysAreRefusedWithoutShowingThem() {
    assertThatThrownBy(() -> AccessLogKey.from(Map.of()))
        .hasMessage(
            "Configuration error: PORTAL_ACCESS_LOG_KEY must be set to a secret of at least 32 characters");
    assertThatThrownBy(() -> AccessLogKey.parse(" ".repeat(40)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccessLogKey.parse("s3cret-but-short"))
        .hasMessage(
            "Configuration error: PORTAL_ACCESS_LOG_KEY must be at least 32 characters long");
  }
}
