package org.privacyportal.backend.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The verification code: its alphabet without look-alikes, its length and entropy, the grouping,
 * the normalization of what people type, and a fresh draw when a code is already taken.
 */
class VerificationCodeTest {

  @Test
  void theAlphabetHasNoLookAlikes() {
    assertThat(VerificationCode.ALPHABET)
        .hasSize(30)
        .doesNotContain("0", "O", "1", "I", "L", "U")
        .matches("[2-9A-Z]+");
    assertThat(VerificationCode.ALPHABET.chars().distinct().count()).isEqualTo(30);
  }

  @Test
  void aCodeIsTwentyCharactersOfTheAlphabetWithAtLeastEightyBits() {
    VerificationCode codes = new VerificationCode();
    Set<String> drawn = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = codes.draw();
      assertThat(code).hasSize(20).matches("[" + VerificationCode.ALPHABET + "]{20}");
      drawn.add(code);
    }
    assertThat(drawn).as("no repeats in 2000 draws").hasSize(2000);
    assertThat(VerificationCode.entropyBits()).isGreaterThanOrEqualTo(80).isLessThan(99);
  }

  @Test
  void everyCharacterOfTheAlphabetIsDrawn() {
    VerificationCode codes = new VerificationCode(new SplittableRandom(7));
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      codes.draw().chars().forEach(c -> seen.add((char) c));
    }
    assertThat(seen).hasSize(30);
  }

  @Test
  void shownInFiveGroupsOfFour() {
    assertThat(VerificationCode.grouped("7KQM4XTA2B3C4D5E6F7G"))
        .isEqualTo("7KQM-4XTA-2B3C-4D5E-6F7G");
  }

  @Test
  void whatPeopleTypeIsNormalized() {
    String stored = "7KQM4XTA2B3C4D5E6F7G";
    assertThat(VerificationCode.normalize("7kqm-4xta-2b3c-4d5e-6f7g")).contains(stored);
    assertThat(VerificationCode.normalize(" 7KQM 4XTA\t2B3C - 4D5E 6F7G ")).contains(stored);
    assertThat(VerificationCode.normalize(stored)).contains(stored);
    for (String wrong :
        List.of(
            "7KQM-4XTA-2B3C-4D5E-6F7", // 19
            "7KQM-4XTA-2B3C-4D5E-6F7GH", // 21
            "0KQM-4XTA-2B3C-4D5E-6F7G", // a look-alike
            "7KQM_4XTA_2B3C_4D5E_6F7G",
            "")) {
      assertThat(VerificationCode.normalize(wrong)).as(wrong).isEmpty();
    }
    assertThat(VerificationCode.normalize(null)).isEqualTo(Optional.empty());
  }

  @Test
  void aTakenCodeIsDrawnAgainAndAGeneratorThatOnlyRepeatsFails() {
    List<String> asked = new ArrayList<>();
    VerificationCode codes = new VerificationCode(new SplittableRandom(11));
    String first = new VerificationCode(new SplittableRandom(11)).draw();
    String fresh =
        codes.unused(
            code -> {
              asked.add(code);
              return code.equals(first); // the first draw collides with a stored code
            });
    assertThat(asked).hasSize(2).first().isEqualTo(first);
    assertThat(fresh).isEqualTo(asked.get(1)).isNotEqualTo(first);

    RandomGenerator stuck = () -> 0L; // always the same code
    assertThatThrownBy(() -> new VerificationCode(stuck).unused(code -> true))
        .isInstanceOf(IllegalStateException.class);
  }
}
