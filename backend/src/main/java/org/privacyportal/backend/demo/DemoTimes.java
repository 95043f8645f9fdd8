package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Dates and times of the demo data. The generator thinks in the library's local dates (counted back
 * from "today" in its time zone, so that ages and due dates are right on that day); the schema
 * keeps times as UTC wall time. Things happen while the library is open, 9:00 to 20:00.
 */
final class DemoTimes {

  private static final int OPENS = 9 * 3600;
  private static final int OPEN_SECONDS = 11 * 3600;
  private static final int DAYS_BACK = 40 * 366;
  private static final int DAYS_AHEAD = 5 * 366;

  private final LocalDate today;
  private final ZoneId zone;
  // UTC offset of each day at noon: opening hours never cross a daylight-saving switch (02:00),
  // and looking it up is much cheaper than a ZonedDateTime per row for millions of rows.
  private final int[] offsetSeconds = new int[DAYS_BACK + DAYS_AHEAD];
  private final long firstDay;

  DemoTimes(LocalDate today, ZoneId zone) {
    this.today = today;
    this.zone = zone;
    this.firstDay = today.toEpochDay() - DAYS_BACK;
    for (int i = 0; i < offsetSeconds.length; i++) {
      LocalDateTime noon = LocalDate.ofEpochDay(firstDay + i).atTime(LocalTime.NOON);
      offsetSeconds[i] = zone.getRules().getOffset(noon).getTotalSeconds();
    }
  }

  LocalDate today() {
    return today;
  }

  ZoneId zone() {
    return zone;
  }

  /** UTC wall time of {@code secondOfDay} on this local date. */
  LocalDateTime utc(LocalDate local, int secondOfDay) {
    long i = local.toEpochDay() - firstDay;
    int offset =
        i >= 0 && i < offsetSeconds.length
            ? offsetSeconds[(int) i]
            : zone.getRules().getOffset(local.atTime(LocalTime.NOON)).getTotalSeconds();
    return local.atStartOfDay().plusSeconds((long) secondOfDay - offset);
  }

  /** A random moment of this local date during opening hours, in UTC. */
  LocalDateTime during(LocalDate local, DemoRandom random) {
    return utc(local, OPENS + random.nextInt(OPEN_SECONDS));
  }

  /** A local date {@code from}..{@code to} days before today (both included). */
  LocalDate daysAgo(DemoRandom random, int from, int to) {
    return today.minusDays(random.between(from, to));
  }
}
