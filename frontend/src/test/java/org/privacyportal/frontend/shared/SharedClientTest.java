package org.privacyportal.frontend.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shared category page shows its banner only for an authorization in force that covers it. */
class SharedClientTest {

  private static SharedClient.SharedWithMe shared(String id, String patron, String... categories) {
    return new SharedClient.SharedWithMe(
        id, patron, "Evelyn Carter", List.of(categories), Instant.EPOCH, Instant.EPOCH, null);
  }

  @Test
  void theAuthorizationCoveringThePatronsCategoryIsFound() {
    var list = List.of(shared("a1", "p1", "loans"), shared("a2", "p2", "holds", "loans"));

    assertThat(SharedClient.covering(list, "p2", "loans"))
        .get()
        .extracting(s -> s.authorizationId())
        .isEqualTo("a2");
    assertThat(SharedClient.covering(list, "p1", "holds")).isEmpty();
    assertThat(SharedClient.covering(list, "p3", "loans")).isEmpty();
  }
}
