package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.demo.GenerateDemoDataCommand.Figures;
import org.privacyportal.backend.demo.GenerateDemoDataCommand.Options;
import org.privacyportal.backend.support.TestDatabase;

class GenerateDemoDataCommandTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void loadDataAndBatchedInsertsWriteTheSameRows() {
    // Both refuse loans inserted as returned: every return has to come through LoanReturns.
    try (FreshDatabase viaLoad =
            new FreshDatabase("demo_cmd_load").refusingLoansInsertedAsReturned();
        FreshDatabase viaBatches =
            new FreshDatabase("demo_cmd_batch").refusingLoansInsertedAsReturned()) {
      Figures loaded =
          GenerateDemoDataCommand.generate(
              viaLoad.sessions(),
              options(
                  "--patrons",
                  "1500",
                  "--loans",
                  "30000",
                  "--seed",
                  "9",
                  "--method",
                  "load",
                  "--chunk",
                  "4000"),
              CLOCK,
              quiet());
      Figures batched =
          GenerateDemoDataCommand.generate(
              viaBatches.sessions(),
              options("--patrons", "1500", "--loans", "30000", "--seed", "9", "--method", "batch"),
              CLOCK,
              quiet());

      assertThat(viaBatches.digests()).isEqualTo(viaLoad.digests());
      assertThat(loaded.rows().get(DemoTable.PATRON)).isEqualTo(1500);
      assertThat(loaded.rows().get(DemoTable.LOAN)).isEqualTo(30_000);
      // as many returns played as there are returned loans, ending as the generator's plan had them
      // before
      long returned = viaLoad.count("SELECT COUNT(*) FROM loan WHERE returned_at IS NOT NULL");
      assertThat(loaded.returns())
          .isEqualTo(returned)
          .isEqualTo(batched.returns())
          .isEqualTo(30_000 - 3_283);
      assertThat(
              viaLoad.count(
                  "SELECT COUNT(*) FROM loan WHERE returned_at IS NOT NULL AND patron_id IS NOT NULL"))
          .isEqualTo(10_917);
      assertThat(viaLoad.count("SELECT COUNT(*) FROM demo_data_set WHERE status = 'COMPLETE'"))
          .isEqualTo(1);
    }
  }

  @Test
  void loadsASmallSizeAndRefusesADatabaseThatHasPatrons() {
    // Its speed is a benchmark's business (docs/demo-data.md), not a test's: a time limit here only
    // measured how busy the machine was. A size that spans many LOAD DATA chunks and return
    // batches, small enough not to cost the suite minutes.
    try (FreshDatabase db = new FreshDatabase("demo_cmd_run")) {
      Map<String, String> env =
          Map.of(
              "PORTAL_DB_URL",
              db.url(),
              "PORTAL_DB_USER",
              TestDatabase.get().user(),
              "PORTAL_DB_PASSWORD",
              TestDatabase.get().password());
      int status =
          GenerateDemoDataCommand.run(
              new String[] {
                "--patrons",
                "1000",
                "--loans",
                "20000",
                "--chunk",
                "5000",
                "--seed",
                "3",
                "--today",
                "2026-11-23"
              },
              env,
              CLOCK,
              stream(out),
              stream(err));

      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("ascending ids, LOAD DATA")
          .containsPattern("patron +1,000")
          .containsPattern("loan +20,000")
          .containsPattern("returns \\(ILS entry point\\) +[0-9,]+")
          .contains("rows/s");
      assertThat(db.count("SELECT COUNT(*) FROM loan")).isEqualTo(20_000);
      assertThat(db.count("SELECT COUNT(*) FROM access_log")).isZero();

      int again =
          GenerateDemoDataCommand.run(
              new String[] {"--patrons", "20", "--loans", "10"},
              env,
              CLOCK,
              stream(out),
              stream(err));
      assertThat(again).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds patrons");
      assertThat(db.count("SELECT COUNT(*) FROM patron")).isEqualTo(1000);
    }
  }

  @Test
  void badArgumentsExitWithTheUsage() {
    assertThat(
            GenerateDemoDataCommand.run(
                new String[] {"--patrons", "10"}, Map.of(), CLOCK, stream(out), stream(err)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--patrons and --loans are required", "Usage:");

    assertThat(
            GenerateDemoDataCommand.run(
                new String[] {"--patrons", "100", "--loans", "x"},
                Map.of(),
                CLOCK,
                stream(out),
                stream(err)))
        .isEqualTo(2);
    assertThat(
            GenerateDemoDataCommand.run(
                new String[] {"--patrons", "100", "--loans", "1", "--profile", "topeka"},
                Map.of(),
                CLOCK,
                stream(out),
                stream(err)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'x'", "calcasieu, lawrence");
  }

  @Test
  void defaultsToTodayInTheLibrarysTimeZone() {
    // 03:00 UTC on the 24th is still the 23rd in Kansas.
    Clock night = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);
    Options options =
        Options.parse(
            new String[] {"--patrons", "20", "--loans", "0", "--profile", "lawrence"},
            Map.of(),
            night);

    assertThat(options.today()).hasToString("2026-11-23");
    assertThat(options.method()).isEqualTo(GenerateDemoDataCommand.Method.LOAD);
    assertThat(options.ids()).isEqualTo(DemoIds.Order.ASCENDING);
  }

  private static Options options(String... args) {
    return Options.parse(args, Map.of(), CLOCK);
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  private static PrintStream stream(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
