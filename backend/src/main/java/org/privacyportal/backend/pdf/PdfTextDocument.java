package org.privacyportal.backend.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A plain text document as PDF: a title, headings, paragraphs, label/value rows, lists, tables and
 * images (a QR code), written top to bottom with word wrapping and automatic page breaks, then
 * numbered ("Page 2 of 7") when it is saved. Uses Helvetica (Standard 14, WinAnsiEncoding), so
 * Spanish text shows as is and characters the font cannot show are replaced rather than failing the
 * document (see {@link WinAnsiText}). Page content is buffered in a temporary file, not in memory,
 * so a document of hundreds of pages stays cheap.
 *
 * <p>Use: {@code begin(info)}, the blocks in reading order, {@code writeTo(out)}, {@code close()}.
 * A {@link Table} receives rows until the next block starts; its header repeats on every page. Not
 * thread-safe.
 */
public final class PdfTextDocument implements AutoCloseable {

  private static final PDRectangle PAGE_SIZE = PDRectangle.LETTER;
  private static final float MARGIN_SIDE = 54;
  private static final float MARGIN_TOP = 54;
  private static final float MARGIN_BOTTOM = 60;
  private static final float TEXT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN_SIDE;
  private static final float LINE_SPACING = 1.3f;
  private static final float BODY = 10;
  private static final float CELL_PADDING = 3;
  private static final float COLUMN_GAP = 8;
  private static final float TEXT_GRAY = 0.1f;
  private static final float MUTED_GRAY = 0.33f;
  private static final float RULE_GRAY = 0.75f;
  private static final float FOOTER = 8;

  /** Where {@link PdfDocumentInfo#pageFooter()} puts the page count. */
  private static final String PAGE_COUNT = "%2$d";

  private final PDDocument document;
  private final PdfDocumentInfo info;
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final WinAnsiText winAnsi = new WinAnsiText(regular);

  private final PDFormXObject pageCount;

  /**
   * The footer format split at the page count: the text before it (with the page number) and after.
   */
  private final String[] footerParts;

  private final String footerTitle;

  /** Room kept for the page count: five digits, far more pages than any export has. */
  private final float pageCountWidth;

  /** The footer's widest likely text, so that it starts at the same place on every page. */
  private final float footerWidth;

  private PDPageContentStream content;
  private float y;
  private Table openTable;
  private boolean written;

  private PdfTextDocument(PdfDocumentInfo info) {
    this.info = info;
    this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    this.pageCount = new PDFormXObject(document);
    PDResources resources = new PDResources();
    resources.add(regular);
    pageCount.setResources(resources);
    pageCount.setBBox(new PDRectangle(0, -FOOTER, FOOTER * 4, FOOTER * 2));
    String format = info.pageFooter();
    int at = format.indexOf(PAGE_COUNT);
    this.footerParts =
        at < 0
            ? new String[] {format, ""}
            : new String[] {format.substring(0, at), format.substring(at + PAGE_COUNT.length())};
    this.footerTitle = shorten(winAnsi.clean(info.title()), TEXT_WIDTH * 0.6f);
    this.pageCountWidth = at < 0 ? 0 : width("00000", regular, FOOTER);
    this.footerWidth =
        width(winAnsi.clean(String.format(info.language(), footerParts[0], 10000)), regular, FOOTER)
            + pageCountWidth
            + width(winAnsi.clean(footerParts[1]), regular, FOOTER);
  }

  public static PdfTextDocument begin(PdfDocumentInfo info) {
    return new PdfTextDocument(info);
  }

  /** The document's title, large and bold, normally once at the top. */
  public PdfTextDocument title(String text) {
    startBlock(0, 18 * LINE_SPACING + BODY * LINE_SPACING * 2);
    lines(wrap(text, bold, 18, TEXT_WIDTH), bold, 18, MARGIN_SIDE, TEXT_GRAY);
    y -= 8;
    return this;
  }

  /** A section heading; kept on the same page as the first lines that follow it. */
  public PdfTextDocument heading(String text) {
    startBlock(16, 14 * LINE_SPACING + BODY * LINE_SPACING * 3);
    lines(wrap(text, bold, 14, TEXT_WIDTH), bold, 14, MARGIN_SIDE, TEXT_GRAY);
    y -= 4;
    return this;
  }

  /** A heading within a section. */
  public PdfTextDocument subheading(String text) {
    startBlock(10, 11.5f * LINE_SPACING + BODY * LINE_SPACING * 2);
    lines(wrap(text, bold, 11.5f, TEXT_WIDTH), bold, 11.5f, MARGIN_SIDE, TEXT_GRAY);
    y -= 2;
    return this;
  }

  /** Running text, wrapped at word boundaries; each line break in the text starts a new line. */
  public PdfTextDocument paragraph(String text) {
    startBlock(0, 0);
    for (String part : paragraphs(text)) {
      lines(wrap(part, regular, BODY, TEXT_WIDTH), regular, BODY, MARGIN_SIDE, TEXT_GRAY);
    }
    y -= 6;
    return this;
  }

  /** Smaller, grey text for remarks such as "No records". */
  public PdfTextDocument note(String text) {
    startBlock(0, 0);
    for (String part : paragraphs(text)) {
      lines(wrap(part, regular, 9, TEXT_WIDTH), regular, 9, MARGIN_SIDE, MUTED_GRAY);
    }
    y -= 6;
    return this;
  }

  /** One "label: value" row; consecutive rows line up as a two-column list. */
  public PdfTextDocument labelValue(String label, String value) {
    startBlock(0, 0);
    float labelWidth = TEXT_WIDTH * 0.36f;
    float valueWidth = TEXT_WIDTH - labelWidth - COLUMN_GAP;
    List<List<String>> cells =
        List.of(wrap(label, bold, BODY, labelWidth), wrap(value, regular, BODY, valueWidth));
    cells(
        cells,
        new float[] {MARGIN_SIDE, MARGIN_SIDE + labelWidth + COLUMN_GAP},
        new PDFont[] {bold, regular});
    y -= 2;
    return this;
  }

  /** One bulleted list item. */
  public PdfTextDocument listItem(String text) {
    startBlock(0, 0);
    float indent = 14;
    List<String> wrapped = wrap(text, regular, BODY, TEXT_WIDTH - indent);
    List<List<String>> cells = List.of(List.of("\u2022"), wrapped);
    cells(
        cells,
        new float[] {MARGIN_SIDE + 3, MARGIN_SIDE + indent},
        new PDFont[] {regular, regular});
    y -= 2;
    return this;
  }

  /**
   * An image (a QR code), {@code width} points wide at the left margin, kept whole on one page.
   * Drawn without smoothing, so that the modules of a code stay sharp at any scale.
   */
  public PdfTextDocument image(BufferedImage image, float width) {
    float height = width * image.getHeight() / image.getWidth();
    startBlock(4, height);
    try {
      PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
      xObject.setInterpolate(false);
      content.drawImage(xObject, MARGIN_SIDE, y - height, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height + 6;
    return this;
  }

  /** Starts a table; add rows to it until the next block. */
  public Table table(List<PdfColumn> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    startBlock(4, 0);
    Table table = new Table(columns);
    ensureSpace(table.headerHeight() + BODY * LINE_SPACING + 2 * CELL_PADDING);
    openTable = table;
    table.drawHeader();
    return table;
  }

  /**
   * Numbers the pages, sets the metadata and writes the PDF; the document is finished afterwards.
   */
  public void writeTo(OutputStream out) throws IOException {
    if (written) {
      throw new IllegalStateException("the document was already written");
    }
    written = true;
    if (content == null) {
      newPage();
    }
    content.close();
    content = null;
    writePageCount();
    describe();
    document.save(out);
  }

  public int pageCount() {
    return document.getNumberOfPages();
  }

  @Override
  public void close() throws IOException {
    try {
      if (content != null) {
        content.close();
      }
    } finally {
      document.close();
    }
  }

  /** A table being written: rows are wrapped per cell and a page break repeats the header. */
  public final class Table {

    private final List<List<String>> headers = new ArrayList<>();
    private final float[] xs;
    private final float[] widths;

    private Table(List<PdfColumn> columns) {
      double total = columns.stream().mapToDouble(PdfColumn::weight).sum();
      float available = TEXT_WIDTH - COLUMN_GAP * (columns.size() - 1);
      xs = new float[columns.size()];
      widths = new float[columns.size()];
      float x = MARGIN_SIDE;
      for (int i = 0; i < columns.size(); i++) {
        widths[i] = (float) (available * columns.get(i).weight() / total);
        xs[i] = x;
        x += widths[i] + COLUMN_GAP;
        headers.add(wrap(columns.get(i).header(), bold, BODY, widths[i]));
      }
    }

    /** One row; missing cells are empty, extra cells are an error. */
    public Table row(String... cells) {
      return row(Arrays.asList(cells));
    }

    public Table row(List<String> cells) {
      if (openTable != this) {
        throw new IllegalStateException("the table was ended by a later block");
      }
      if (cells.size() > xs.length) {
        throw new IllegalArgumentException("the row has more cells than the table has columns");
      }
      List<List<String>> wrapped = new ArrayList<>();
      PDFont[] fonts = new PDFont[xs.length];
      for (int i = 0; i < xs.length; i++) {
        wrapped.add(i < cells.size() ? wrap(cells.get(i), regular, BODY, widths[i]) : List.of());
        fonts[i] = regular;
      }
      y -= CELL_PADDING;
      cells(wrapped, xs, fonts);
      y -= CELL_PADDING;
      rule(RULE_GRAY, 0.5f);
      return this;
    }

    private float headerHeight() {
      int lines = headers.stream().mapToInt(List::size).max().orElse(1);
      return lines * BODY * LINE_SPACING + 2 * CELL_PADDING;
    }

    private void drawHeader() {
      int lines = headers.stream().mapToInt(List::size).max().orElse(1);
      for (int line = 0; line < lines; line++) {
        for (int column = 0; column < xs.length; column++) {
          List<String> cell = headers.get(column);
          if (line < cell.size()) {
            show(cell.get(line), bold, BODY, xs[column], y - BODY, TEXT_GRAY);
          }
        }
        y -= BODY * LINE_SPACING;
      }
      y -= CELL_PADDING;
      rule(TEXT_GRAY, 1);
    }
  }

  // ---- layout ----

  /**
   * Ends an open table, adds the space above a block and keeps {@code keepTogether} points on one
   * page.
   */
  private void startBlock(float spaceBefore, float keepTogether) {
    openTable = null;
    if (content == null) {
      newPage();
    } else if (y < PAGE_SIZE.getHeight() - MARGIN_TOP) {
      y -= spaceBefore; // no space at the top of a page
    }
    ensureSpace(keepTogether);
  }

  private void ensureSpace(float height) {
    if (content == null || y - height < MARGIN_BOTTOM) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE_SIZE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      footer(document.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = PAGE_SIZE.getHeight() - MARGIN_TOP;
    if (openTable != null) {
      openTable.drawHeader();
      y -= CELL_PADDING;
    }
  }

  /** Lines of one column, breaking pages between lines. */
  private void lines(List<String> lines, PDFont font, float size, float x, float gray) {
    for (String line : lines) {
      ensureSpace(size * LINE_SPACING);
      show(line, font, size, x, y - size, gray);
      y -= size * LINE_SPACING;
    }
  }

  /**
   * Cells side by side. The row stays on one page when it fits on one; a row longer than a page
   * continues line by line on the next.
   */
  private void cells(List<List<String>> cells, float[] xs, PDFont[] fonts) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(0);
    float lineHeight = BODY * LINE_SPACING;
    float usable =
        PAGE_SIZE.getHeight()
            - MARGIN_TOP
            - MARGIN_BOTTOM
            - (openTable == null ? 0 : openTable.headerHeight());
    if (lines * lineHeight <= usable) {
      ensureSpace(lines * lineHeight);
    }
    for (int line = 0; line < lines; line++) {
      ensureSpace(lineHeight);
      for (int column = 0; column < cells.size(); column++) {
        List<String> cell = cells.get(column);
        if (line < cell.size()) {
          show(cell.get(line), fonts[column], BODY, xs[column], y - BODY, TEXT_GRAY);
        }
      }
      y -= lineHeight;
    }
  }

  private void rule(float gray, float width) {
    try {
      content.setStrokingColor(gray);
      content.setLineWidth(width);
      content.moveTo(MARGIN_SIDE, y);
      content.lineTo(MARGIN_SIDE + TEXT_WIDTH, y);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(String text, PDFont font, float size, float x, float baseline, float gray) {
    if (text.isEmpty()) {
      return;
    }
    try {
      content.beginText();
      content.setNonStrokingColor(gray);
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- text ----

  private static List<String> paragraphs(String text) {
    if (text == null || text.isEmpty()) {
      return List.of("");
    }
    return List.of(text.split("\\R", -1));
  }

  /** The text as lines no wider than {@code width}; a word longer than a line is cut. */
  List<String> wrap(String text, PDFont font, float size, float width) {
    String clean = winAnsi.clean(text).strip();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean.split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, font, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(rest, font, size) > width) {
        int fits = fittingPrefix(rest, font, size, width);
        lines.add(rest.substring(0, fits));
        rest = rest.substring(fits);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private int fittingPrefix(String word, PDFont font, float size, float width) {
    int fits = 1; // at least one character per line, however narrow the column
    while (fits < word.length() && width(word.substring(0, fits + 1), font, size) <= width) {
      fits++;
    }
    return fits;
  }

  private static float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- finishing ----

  /**
   * The footer, drawn with the page: the title, and "Page n of" followed by the page count, which
   * is a form shared by every page and written only when the count is known ({@link #writeTo}). One
   * content stream per page: PDFBox keeps a buffer per stream until the document is saved, so a
   * second pass over the pages would double the memory a long document needs.
   */
  private void footer(int page) throws IOException {
    float baseline = MARGIN_BOTTOM / 2;
    show(footerTitle, regular, FOOTER, MARGIN_SIDE, baseline, MUTED_GRAY);
    String before = winAnsi.clean(String.format(info.language(), footerParts[0], page));
    String after = winAnsi.clean(footerParts[1]);
    float x = MARGIN_SIDE + TEXT_WIDTH - footerWidth;
    show(before, regular, FOOTER, x, baseline, MUTED_GRAY);
    float countX = x + width(before, regular, FOOTER);
    content.saveGraphicsState();
    content.transform(Matrix.getTranslateInstance(countX, baseline));
    content.drawForm(pageCount);
    content.restoreGraphicsState();
    show(after, regular, FOOTER, countX + pageCountWidth, baseline, MUTED_GRAY);
  }

  private void writePageCount() throws IOException {
    try (PDFormContentStream count = new PDFormContentStream(pageCount)) {
      count.beginText();
      count.setNonStrokingColor(MUTED_GRAY);
      count.setFont(regular, FOOTER);
      count.newLineAtOffset(0, 0);
      count.showText(String.format(info.language(), "%d", document.getNumberOfPages()));
      count.endText();
    }
  }

  private String shorten(String text, float width) {
    if (width(text, regular, 8) <= width) {
      return text;
    }
    String shortened = text;
    while (shortened.length() > 1 && width(shortened + "\u2026", regular, 8) > width) {
      shortened = shortened.substring(0, shortened.length() - 1);
    }
    return shortened.strip() + "\u2026";
  }

  private void describe() {
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(info.title());
    information.setCreator("Patron Privacy Portal");
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.setTimeInMillis(info.created().toEpochMilli());
    information.setCreationDate(created);
    document.getDocumentCatalog().setLanguage(info.language().toLanguageTag());
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }
}
