package org.privacyportal.systemtests.health;

import org.junit.jupiter.api.Test;
import org.privacyportal.systemtests.support.TestStack;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIT {

    @Test
    void backendReportsTheDatabaseUp() {
        var response = TestStack.get().api().get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\":\"UP\"");
    }
}
