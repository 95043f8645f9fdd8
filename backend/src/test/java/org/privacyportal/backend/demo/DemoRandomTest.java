package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoRandomTest {

  @Test
  void isSplitMix64SoThatSeedsMeanTheSameOnEveryJava() {
    // The first output of SplitMix64 from state 0 (Steele, Lea, Flood 2014; Vigna's reference
    // code).
    assertThat(DemoRandom.mix(0x9e3779b97f4a7c15L)).isEqualTo(0xe220a8397b1dcdafL);
  }

  @Test
  void partsOfTheDataHaveStreamsOfTheirOwn() {
    long a = DemoRandom.of(1, DemoRandom.Part.HOUSEHOLD, 0).nextLong();

    assertThat(DemoRandom.of(1, DemoRandom.Part.HOUSEHOLD, 0).nextLong()).isEqualTo(a);
    assertThat(DemoRandom.of(1, DemoRandom.Part.HOUSEHOLD, 1).nextLong()).isNotEqualTo(a);
    assertThat(DemoRandom.of(1, DemoRandom.Part.PATRON_RECORDS, 0).nextLong()).isNotEqualTo(a);
    assertThat(DemoRandom.of(2, DemoRandom.Part.HOUSEHOLD, 0).nextLong()).isNotEqualTo(a);
  }

  @Test
  void ascendingIdsAscendAndRandomOnesDoNot() {
    DemoIds ascending = new DemoIds(5, DemoIds.Order.ASCENDING);
    ascending.expect(DemoTable.LOAN, 1000);
    DemoIds random = new DemoIds(5, DemoIds.Order.RANDOM);
    String previous = "";
    boolean randomAscends = true;
    String previousRandom = "";
    for (int i = 0; i < 1000; i++) {
      String id = ascending.next(DemoTable.LOAN);
      assertThat(id)
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
          .isGreaterThan(previous);
      previous = id;
      String r = random.next(DemoTable.LOAN);
      randomAscends &= r.compareTo(previousRandom) > 0;
      previousRandom = r;
    }
    assertThat(randomAscends).isFalse();
  }
}
