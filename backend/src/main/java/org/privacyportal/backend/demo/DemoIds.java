package org.privacyportal.backend.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Row ids: version-4 style UUIDs computed from the seed, the table and the row's number, so the
 * same seed gives the same ids.
 *
 * <p>{@link Order#RANDOM} (the demo set) spreads them over the whole space: an id says nothing
 * about when or in which order a row was made. {@link Order#ASCENDING} (large benchmark sets) keeps
 * them random within a slice of the space that grows with the row number: InnoDB then appends to
 * its primary key instead of splitting pages all over a table larger than its buffer pool, which
 * measured about ten times faster at a million loans (see GenerateDemoDataCommand).
 */
final class DemoIds {

  /** How ids are laid out over the UUID space. */
  enum Order {
    RANDOM,
    ASCENDING
  }

  private static final long SLICE_BITS = 48; // time_low + time_mid: the first 12 hex digits

  private final long seed;
  private final Order order;
  private final Map<DemoTable, Long> capacity = new EnumMap<>(DemoTable.class);
  private final Map<DemoTable, Long> issued = new EnumMap<>(DemoTable.class);

  DemoIds(long seed, Order order) {
    this.seed = seed;
    this.order = order;
  }

  /**
   * The most rows {@code table} is expected to get; ascending ids are spread over this many slices.
   */
  void expect(DemoTable table, long rows) {
    capacity.put(table, Math.max(1, rows));
  }

  /** The id of the next row of {@code table}. */
  String next(DemoTable table) {
    long n = issued.merge(table, 1L, Long::sum) - 1;
    DemoRandom random =
        DemoRandom.of(seed ^ DemoRandom.mix(table.ordinal() + 101L), DemoRandom.Part.IDS, n);
    long hi = random.nextLong();
    long lo = random.nextLong();
    if (order == Order.ASCENDING) {
      long slices = capacity.getOrDefault(table, 1L << 20);
      long width = Math.max(1, (1L << SLICE_BITS) / slices);
      long top = (n * width + Math.floorMod(hi >>> 16, width)) & ((1L << SLICE_BITS) - 1);
      hi = (top << 16) | (hi & 0xFFFFL);
    }
    hi = (hi & ~0xF000L) | 0x4000L; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(hi, lo).toString();
  }

  Order order() {
    return order;
  }
}
