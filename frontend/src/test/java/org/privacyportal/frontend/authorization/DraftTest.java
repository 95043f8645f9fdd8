package org.privacyportal.frontend.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

  private static final Instant ASKED = Instant.parse("2026-12-03T21:00:00Z");

  private static Draft draft(Instant askedAt) {
    var terms =
        new Terms(
            "Theo Grant",
            null,
            List.of("loans", "holds"),
            false,
            "To pick up my holds",
            LocalDate.parse("2026-12-03"),
            LocalDate.parse("2027-01-02"),
            "en");
    var preview =
        new Preview(
            "text",
            "hash",
            "en",
            "SELF",
            terms.validFrom(),
            terms.validUntil(),
            null,
            terms.categories());
    return new Draft("p1", terms, preview, "Alice Moreau", true, askedAt);
  }

  @Test
  void onlyASignInAfterTheRequestCountsAsTheFreshOne() {
    Draft asked = draft(ASKED);

    assertThat(asked.freshSignIn(ASKED.plusSeconds(40))).isTrue();
    assertThat(asked.freshSignIn(ASKED.minusSeconds(3))).as("clocks a little apart").isTrue();
    assertThat(asked.freshSignIn(ASKED.minusSeconds(600)))
        .as("the sign-in of the morning")
        .isFalse();
    assertThat(asked.freshSignIn(null)).isFalse();
    assertThat(draft(null).freshSignIn(ASKED)).as("never asked").isFalse();
  }

  @Test
  void aSignInServesOnce() {
    Draft used = draft(ASKED).reviewed(draft(ASKED).preview());

    assertThat(used.freshSignIn(ASKED.plusSeconds(40))).isFalse();
    assertThat(used.typedName()).isEqualTo("Alice Moreau");
  }

  @Test
  void theSignatureCarriesTheTermsTheHashAndTheTypedName() {
    Signature signature = draft(ASKED).signature();

    assertThat(signature.granteeName()).isEqualTo("Theo Grant");
    assertThat(signature.categories()).containsExactly("loans", "holds");
    assertThat(signature.textHash()).isEqualTo("hash");
    assertThat(signature.typedName()).isEqualTo("Alice Moreau");
    assertThat(signature.statementAccepted()).isTrue();
    assertThat(signature.toString()).doesNotContain("Theo", "Alice");
  }
}
