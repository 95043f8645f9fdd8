package org.privacyportal.backend.demo;

import java.util.List;

/**
 * The demo generator's source of randomness: SplitMix64, written out here rather than taken from
 * the JDK so that a seed gives the same data byte for byte on every Java version. Each part of the
 * data (a household, a patron's loans, the anonymized returns...) gets its own stream, derived from
 * the seed and the part's key, so that parts can be generated, or skipped, independently.
 */
final class DemoRandom {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  private DemoRandom(long state) {
    this.state = state;
  }

  /** The stream for part {@code index} of kind {@code part} under {@code seed}. */
  static DemoRandom of(long seed, Part part, long index) {
    return new DemoRandom(mix(mix(seed ^ mix(part.ordinal() + 1L)) + index * GOLDEN_GAMMA));
  }

  /** Kinds of parts; the order is part of the data format: append, never reorder. */
  enum Part {
    HOUSEHOLD,
    PATRON_RECORDS,
    /**
     * Formerly the anonymized returns' one stream; unused since each patron's returns are their
     * own.
     */
    RETIRED_ANONYMIZED_RETURNS,
    IDS,
    FIXED,
    AUTHORIZATION,
    /** The returns of a patron who keeps no history (by patron number). */
    RETURNS_NOT_KEPT
  }

  /** A well-mixed 64-bit function of its input (the SplitMix64 finalizer). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
  }

  /** Uniform in [from, to] (both included). */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** A count with the given mean, geometric: many small counts, a few large ones. */
  int geometric(double mean) {
    if (mean <= 0) {
      return 0;
    }
    double p = 1.0 / (1.0 + mean);
    return (int) Math.floor(Math.log(1.0 - nextDouble()) / Math.log(1.0 - p));
  }
}
