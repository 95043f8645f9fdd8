package org.privacyportal.backend.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyportal.backend.pdf.PdfColumn;
import org.privacyportal.backend.pdf.PdfTextDocument;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * The readable PDF of an export: a cover, then one section per category in human words, dates and
 * times in the library's time zone, and a closing list of the archive's files. Rows arrive a page
 * at a time ({@link #rows}) and go straight into the document, so it never holds a whole history.
 */
final class ExportPdf {

  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Fields that hold a stored code, shown through the labels' "value." texts. */
  private static final Set<String> CODES =
      Set.of(
          "format",
          "status",
          "reason",
          "kind",
          "channel",
          "consent",
          "actorRole",
          "signedByRole",
          "type",
          "ground",
          "accountType",
          "authorRole");

  /**
   * Times that matter to the minute; every other instant shows as its date, which keeps a long
   * history's rows to one line each.
   */
  private static final Set<String> WITH_TIME =
      Set.of("accessedAt", "recordedAt", "startsAt", "createdAt", "updatedAt", "closedAt");

  /** The columns of each category shown as a table, with their relative widths. */
  private static final Map<Category, List<Column>> TABLES = tables();

  private final PdfTextDocument pdf;
  private final ExportLabels labels;
  private final ObjectMapper json;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;
  private final ZoneId zone;
  private PdfTextDocument.Table table;

  ExportPdf(PdfTextDocument pdf, ExportLabels labels, ObjectMapper json, ZoneId zone) {
    this.pdf = pdf;
    this.labels = labels;
    this.json = json;
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(labels.locale())
            .withZone(zone);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(labels.locale());
    this.zone = zone;
  }

  void cover(String libraryName, Instant generatedAt, ZoneId zone, Ground requestedBy) {
    pdf.title(labels.text("pdf.title", libraryName));
    pdf.labelValue(labels.text("pdf.generated"), dateTime.format(generatedAt));
    pdf.labelValue(labels.text("pdf.time-zone"), labels.text("pdf.time-zone-value", zone.getId()));
    pdf.labelValue(
        labels.text("pdf.requested-by"), labels.text("pdf.requested-by." + requestedBy.name()));
    pdf.paragraph(labels.text("pdf.intro"));
  }

  void startSection(Category category, long total) {
    table = null;
    pdf.heading(labels.category(category));
    if (total == 0) {
      pdf.note(labels.text("pdf.empty"));
      return;
    }
    List<Column> columns = TABLES.get(category);
    if (columns != null) {
      pdf.note(labels.text("pdf.count", total));
      table =
          pdf.table(
              columns.stream()
                  .map(c -> PdfColumn.of(columnHeader(c.field()), c.weight()))
                  .toList());
    }
  }

  void rows(Category category, List<?> rows) {
    for (Object row : rows) {
      JsonNode node = json.valueToTree(row);
      switch (category) {
        case PROFILE -> profile(node);
        case TICKETS -> ticket(node);
        default ->
            table.row(TABLES.get(category).stream().map(c -> cell(node, c.field())).toList());
      }
    }
  }

  /** The closing list: what each file of the archive holds. */
  void summary(List<ExportManifest.Entry> entries) {
    pdf.heading(labels.text("pdf.summary"));
    PdfTextDocument.Table files =
        pdf.table(
            List.of(
                PdfColumn.of(labels.text("pdf.summary.category"), 2),
                PdfColumn.of(labels.text("pdf.summary.file"), 2),
                PdfColumn.of(labels.text("pdf.summary.count"), 1)));
    for (ExportManifest.Entry entry : entries) {
      files.row(
          categoryOrText(entry.category()),
          entry.file(),
          NumberFormat.getIntegerInstance(labels.locale()).format(entry.count()));
    }
  }

  private void profile(JsonNode profile) {
    for (String field :
        List.of("firstName", "lastName", "cardNumber", "birthDate", "email", "phone")) {
      pdf.labelValue(labels.field(field), cell(profile, field));
    }
    pdf.labelValue(labels.field("address"), address(profile.path("address")));
    pdf.labelValue(labels.field("accountType"), cell(profile, "accountType"));
    pdf.labelValue(labels.field("expiresOn"), cell(profile, "expiresOn"));
    List<String> guardians = new ArrayList<>();
    for (JsonNode guardian : profile.path("guardians")) {
      guardians.add(
          (guardian.path("firstName").asText("") + " " + guardian.path("lastName").asText(""))
              .strip());
    }
    if (!guardians.isEmpty()) {
      pdf.labelValue(labels.field("guardians"), String.join(", ", guardians));
    }
  }

  private void ticket(JsonNode ticket) {
    pdf.subheading(
        labels.subject(
            ticket.path("subjectCode").asText(null),
            params(ticket.path("subjectParams")),
            ticket.path("subject").asText(""),
            this::localDateOrTime));
    for (String field : List.of("type", "status", "createdAt", "updatedAt", "closedAt")) {
      if (!cell(ticket, field).isEmpty()) {
        pdf.labelValue(labels.field(field), cell(ticket, field));
      }
    }
    for (JsonNode message : ticket.path("messages")) {
      pdf.listItem(
          labels.text(
              "pdf.message-line",
              cell(message, "createdAt"),
              cell(message, "authorRole"),
              labels.message(
                  message.path("messageCode").asText(null),
                  params(message.path("messageParams")),
                  message.path("body").asText(""),
                  this::localDateOrTime)));
    }
  }

  private static Map<String, String> params(JsonNode params) {
    Map<String, String> byName = new java.util.LinkedHashMap<>();
    params.properties().forEach(p -> byName.put(p.getKey(), p.getValue().asText()));
    return byName;
  }

  /**
   * An ISO date or instant in the archive's words (an instant with its time, in the library's
   * zone).
   */
  private String localDateOrTime(String iso) {
    return temporal(iso, true);
  }

  private String columnHeader(String field) {
    return "amount".equals(field) ? labels.text("pdf.amount") : labels.field(field);
  }

  /** One field of a row in words: codes translated, dates localized, money with its currency. */
  private String cell(JsonNode row, String field) {
    if ("amount".equals(field)) {
      return money(row.path("amountCents").asLong(), row.path("currency").asText("USD"));
    }
    JsonNode value = row.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    if (value.isBoolean()) {
      return labels.text(value.booleanValue() ? "pdf.yes" : "pdf.no");
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(categoryOrText(item.asText())));
      return String.join(", ", items);
    }
    String text = value.asText();
    if ("category".equals(field)) {
      return categoryOrText(text);
    }
    if (CODES.contains(field)) {
      return labels.value(text);
    }
    return temporal(text, WITH_TIME.contains(field));
  }

  private String temporal(String text, boolean withTime) {
    try {
      if (INSTANT.matcher(text).matches()) {
        Instant instant = Instant.parse(text);
        return withTime
            ? dateTime.format(instant)
            : date.format(LocalDate.ofInstant(instant, zone));
      }
      if (DATE.matcher(text).matches()) {
        return date.format(LocalDate.parse(text));
      }
    } catch (DateTimeParseException e) {
      // not a date after all: shown as stored
    }
    return text;
  }

  private String categoryOrText(String wireName) {
    return Category.fromWireName(wireName).map(labels::category).orElse(wireName);
  }

  private String money(long cents, String currencyCode) {
    NumberFormat format = NumberFormat.getCurrencyInstance(labels.locale());
    try {
      format.setCurrency(Currency.getInstance(currencyCode));
    } catch (IllegalArgumentException e) {
      // an unknown code keeps the locale's currency sign; the JSON has the code
    }
    return format.format(cents / 100.0);
  }

  private static String address(JsonNode address) {
    List<String> parts = new ArrayList<>();
    for (String field : List.of("line1", "line2", "city", "region", "postalCode")) {
      String part = address.path(field).asText("").strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join(", ", parts);
  }

  private record Column(String field, double weight) {}

  private static Map<Category, List<Column>> tables() {
    Map<Category, List<Column>> tables = new EnumMap<>(Category.class);
    tables.put(
        Category.LOANS,
        columns(
            "title",
            3.4,
            "author",
            2,
            "format",
            1,
            "branch",
            1.2,
            "checkedOutAt",
            1.4,
            "dueOn",
            1.4,
            "renewals",
            1.3));
    tables.put(
        Category.LOAN_HISTORY,
        columns("title", 3.6, "author", 2.2, "format", 1, "checkedOutAt", 1.4, "returnedAt", 1.4));
    tables.put(
        Category.HOLDS,
        columns(
            "title",
            3,
            "author",
            2,
            "pickupBranch",
            1.4,
            "placedAt",
            1.6,
            "status",
            1.2,
            "queuePosition",
            0.9,
            "readyUntil",
            1.3));
    tables.put(
        Category.FINES,
        columns(
            "assessedAt",
            1.6,
            "amount",
            1,
            "reason",
            1.3,
            "description",
            2.5,
            "status",
            1,
            "resolvedAt",
            1.6));
    tables.put(
        Category.ONLINE_SERVICES,
        columns("usedAt", 1.6, "platform", 1.5, "kind", 1.2, "detail", 3));
    tables.put(
        Category.REFERENCE, columns("consultedAt", 1.6, "channel", 1.1, "topic", 3, "branch", 1.5));
    tables.put(
        Category.EVENTS,
        columns(
            "eventName",
            3,
            "kind",
            1.3,
            "branch",
            1.4,
            "startsAt",
            1.6,
            "signedUpAt",
            1.6,
            "status",
            1.2));
    tables.put(
        Category.CONSENTS,
        columns(
            "recordedAt",
            1.6,
            "consent",
            1.5,
            "previous",
            1,
            "granted",
            1,
            "actorRole",
            1.3,
            "policyVersion",
            1.2,
            "channel",
            1.2));
    tables.put(
        Category.AUTHORIZATIONS,
        columns(
            "granteeName",
            2,
            "purpose",
            2.5,
            "categories",
            2.5,
            "signedByRole",
            1.2,
            "validFrom",
            1.5,
            "validUntil",
            1.5,
            "revokedAt",
            1.5));
    tables.put(
        Category.ACCESS_LOG,
        columns(
            "accessedAt",
            1.6,
            "category",
            1.5,
            "ground",
            1.5,
            "actorRole",
            1.3,
            "actorName",
            1.5,
            "branch",
            1.3,
            "reason",
            2));
    return tables;
  }

  private static List<Column> columns(Object... fieldsAndWeights) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < fieldsAndWeights.length; i += 2) {
      columns.add(
          new Column(
              (String) fieldsAndWeights[i], ((Number) fieldsAndWeights[i + 1]).doubleValue()));
    }
    return List.copyOf(columns);
  }
}
