package org.privacyportal.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.RecordService;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * Time and memory of an export as the reading history grows tenfold (2,000 → 20,000 loans). Memory
 * is the live heap (sampled right after a full collection, several times a second) above what was
 * live before the export: it must stay roughly flat, since records stream through in pages. The
 * figures are printed for docs/export.md.
 */
class ExportScaleTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  @Test
  void tenTimesTheHistoryTakesAboutTenTimesTheTimeAndNoMoreMemory() throws Exception {
    Measurement small = measure(2_000);
    Measurement large = measure(20_000);

    System.out.printf(
        Locale.ROOT,
        "export scale: 2,000 loans %d ms, live heap +%.1f MB, zip %.1f MB, pdf %d pages%n",
        small.millis(),
        small.heapMb(),
        small.zipMb(),
        small.pdfPages());
    System.out.printf(
        Locale.ROOT,
        "export scale: 20,000 loans %d ms, live heap +%.1f MB, zip %.1f MB, pdf %d pages%n",
        large.millis(),
        large.heapMb(),
        large.zipMb(),
        large.pdfPages());
    System.out.printf(
        Locale.ROOT,
        "export scale: ratios time %.1fx, live heap %.1fx%n",
        (double) large.millis() / small.millis(),
        large.heapMb() / Math.max(small.heapMb(), 0.1));

    // Holding 20,000 loans at once would add tens of megabytes; streaming adds a few (the PDF's
    // page tree).
    assertThat(large.heapMb()).isLessThan(small.heapMb() + 24);
    assertThat(large.millis()).isLessThan(small.millis() * 25);
  }

  private record Measurement(long millis, double heapMb, double zipMb, int pdfPages) {}

  private Measurement measure(int loans) throws Exception {
    Patron patron = data.patron("Bea", LocalDate.now().minusYears(60), true);
    ExportTestSupport.returnedLoans(backend.dataSource(), patron, loans);
    AccessPolicy policy = new AccessPolicy(backend.profile(), Clock.systemUTC());
    RecordService records =
        new RecordService(
            new AccessCore(
                backend.sessions(), policy, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY)));
    ExportArchive archive = new ExportArchive(records, policy);
    AuthenticatedUser user =
        new AuthenticatedUser(patron.subject(), Set.of(), null, Instant.now().plusSeconds(3600));
    Path directory = Files.createTempDirectory("export-scale");
    ExportJob job =
        new ExportJob(patron.id(), patron.subject(), Ground.SELF, Locale.ENGLISH, directory);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (running.get()) {
                    System.gc();
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                      Thread.sleep(150);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    long started = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(job.file())) {
      archive.write(job, user, out);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    running.set(false);
    sampler.join();

    assertThat(job.status().recordsGathered()).isEqualTo(loans + 1L); // and the profile
    int pages;
    try (ZipFile zip = new ZipFile(job.file().toFile());
        var pdf =
            org.apache.pdfbox.Loader.loadPDF(
                zip.getInputStream(zip.getEntry(ExportArchive.PDF)).readAllBytes())) {
      pages = pdf.getNumberOfPages();
    }
    double zipMb = Files.size(job.file()) / 1e6;
    Files.delete(job.file());
    Files.delete(directory);
    return new Measurement(millis, (peak.get() - baseline) / 1e6, zipMb, pages);
  }
}
