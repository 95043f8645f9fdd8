package org.privacyportal.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatedTokenCacheTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

  @Test
  void forgetsATokenWhenItExpires() {
    ValidatedTokenCache cache = new ValidatedTokenCache(10, clock);
    cache.put("t", user(clock.instant().plusSeconds(60)));

    assertThat(cache.get("t")).isNotNull();
    clock.now = clock.now.plusSeconds(60);
    assertThat(cache.get("t")).isNull();
  }

  @Test
  void staysWithinItsBound() {
    ValidatedTokenCache cache = new ValidatedTokenCache(3, clock);
    for (int i = 0; i < 10; i++) {
      cache.put("t" + i, user(clock.instant().plusSeconds(60)));
    }

    assertThat(cache.size()).isLessThanOrEqualTo(3);
    assertThat(cache.get("t9")).isNotNull();
  }

  private static AuthenticatedUser user(Instant expiresAt) {
    return new AuthenticatedUser("sub", Set.of("patron"), null, expiresAt);
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
