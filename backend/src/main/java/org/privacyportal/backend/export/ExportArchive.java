package org.privacyportal.backend.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.patron.PatronProfile;
import org.privacyportal.backend.pdf.PdfDocumentInfo;
import org.privacyportal.backend.pdf.PdfTextDocument;
import org.privacyportal.backend.records.ProfileRecord;
import org.privacyportal.backend.records.RecordService;
import org.privacyportal.backend.vocabulary.Category;

/**
 * Writes an export archive (zip): one JSON file per category, the readable PDF and manifest.json.
 * Every category is read through {@link RecordService#readAll}, so the access rule and the access
 * log apply exactly as for the views (one log entry per category for a guardian). Records stream
 * through in pages, into the zip and into the PDF at once: memory does not grow with the history.
 */
final class ExportArchive implements ExportJobs.ArchiveWriter {

  static final String MANIFEST = "manifest.json";
  static final String PDF = "my-data.pdf";

  /** Rows per database read: large enough for few round trips, small enough to hold at once. */
  static final int PAGE_SIZE = 500;

  private final RecordService records;
  private final AccessPolicy policy;
  private final ObjectMapper json;
  private final ObjectWriter rowWriter;

  ExportArchive(RecordService records, AccessPolicy policy) {
    this.records = records;
    this.policy = policy;
    this.json = Json.mapper();
    json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.rowWriter = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  /**
   * Thrown when the access that started an export ends before it is complete (a ward came of age).
   */
  static final class AccessEnded extends IOException {
    private static final long serialVersionUID = 1L;

    AccessEnded() {
      super("access ended during the export");
    }
  }

  @Override
  public void write(ExportJob job, AuthenticatedUser user, OutputStream out) throws IOException {
    LibraryProfile library = policy.profile();
    ZoneId zone = library.timeZone();
    Instant generatedAt = policy.now();
    ExportLabels labels = new ExportLabels(job.locale());
    ZipOutputStream zip = new ZipOutputStream(out);
    List<ExportManifest.Entry> entries = new ArrayList<>();
    PatronProfile[] patron = new PatronProfile[1];
    PdfDocumentInfo info =
        PdfDocumentInfo.of(labels.text("pdf.title", library.name()), job.locale(), generatedAt);
    try (PdfTextDocument document = PdfTextDocument.begin(info)) {
      ExportPdf pdf = new ExportPdf(document, labels, json, zone);
      pdf.cover(library.name(), generatedAt, zone, job.ground());
      for (Category category : Category.values()) {
        job.gathering(category);
        String file = category.wireName() + ".json";
        zip.putNextEntry(new ZipEntry(file));
        JsonGenerator generator = json.getFactory().createGenerator(zip);
        generator.useDefaultPrettyPrinter();
        generator.writeStartArray();
        // The patron's own export: a written authorization or staff ground never produces one.
        Optional<Long> count =
            records.readAll(
                user,
                job.patronId(),
                Purpose.selfService(category),
                PAGE_SIZE,
                new RecordService.PageConsumer() {
                  @Override
                  public void total(long total) {
                    pdf.startSection(category, total);
                  }

                  @Override
                  public void accept(List<?> rows) throws IOException {
                    for (Object row : rows) {
                      rowWriter.writeValue(generator, row);
                      if (row instanceof ProfileRecord profile) {
                        patron[0] = profile.profile();
                      }
                    }
                    pdf.rows(category, rows);
                    job.gathered(rows.size());
                  }
                });
        if (count.isEmpty()) {
          throw new AccessEnded();
        }
        generator.writeEndArray();
        generator.flush();
        zip.closeEntry();
        entries.add(new ExportManifest.Entry(category.wireName(), file, count.get()));
        job.categoryDone();
      }
      job.gathering(null);
      pdf.summary(entries);
      zip.putNextEntry(new ZipEntry(PDF));
      document.writeTo(new Unclosable(zip));
      zip.closeEntry();
    }
    zip.putNextEntry(new ZipEntry(MANIFEST));
    json.writerWithDefaultPrettyPrinter()
        .writeValue(new Unclosable(zip), manifest(library, patron[0], job, generatedAt, entries));
    zip.closeEntry();
    zip.finish();
  }

  private static ExportManifest manifest(
      LibraryProfile library,
      PatronProfile patron,
      ExportJob job,
      Instant generatedAt,
      List<ExportManifest.Entry> entries) {
    ExportManifest.Patron who =
        patron == null
            ? new ExportManifest.Patron(job.patronId(), null, null, null)
            : new ExportManifest.Patron(
                patron.id(), patron.firstName(), patron.lastName(), patron.cardNumber());
    return new ExportManifest(
        ExportManifest.FORMAT_VERSION,
        new ExportManifest.Library(library.id(), library.name()),
        who,
        generatedAt,
        library.timeZone().getId(),
        job.locale().toLanguageTag(),
        job.ground().name(),
        PDF,
        entries);
  }

  /**
   * Lets a writer that closes its stream (PDFBox, Jackson) write one zip entry without closing the
   * zip.
   */
  private static final class Unclosable extends FilterOutputStream {

    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
