package org.privacyportal.systemtests.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyportal.systemtests.support.TestStack;

class HealthIT {

  @Test
  void backendReportsTheDatabaseUp() {
    var response = TestStack.get().api().get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"database\":\"UP\"");
  }
}
