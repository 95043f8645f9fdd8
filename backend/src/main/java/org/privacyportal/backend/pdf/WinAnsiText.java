package org.privacyportal.backend.pdf;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text showable in a Standard 14 font with WinAnsiEncoding (Latin-1 plus curly quotes,
 * dashes, euro...). Spanish and most Western European text passes unchanged; any other character
 * becomes its unaccented base letter when it has one ("ă" → "a") or "?" — a patron's record with a
 * Polish or Chinese title must still produce a document rather than fail it.
 */
final class WinAnsiText {

  static final char REPLACEMENT = '?';

  /** Characters outside WinAnsi with an obvious stand-in that decomposition does not give. */
  private static final Map<Integer, String> STAND_INS =
      Map.of(
          0x2010, "-", 0x2011, "-", 0x2012, "-", 0x2015, "-", 0x2212, "-", 0x2032, "'", 0x2033,
          "\"", 0x2009, " ", 0x202F, " ", 0x2007, " ");

  private final PDFont font;
  private final Map<Integer, Boolean> encodable = new ConcurrentHashMap<>();

  WinAnsiText(PDFont font) {
    this.font = font;
  }

  /** The text with line breaks and tabs as spaces and every character the font can encode. */
  String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> out.append(showable(codePoint)));
    return out.toString();
  }

  private String showable(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return codePoint == 0xA0 ? "\u00A0" : " ";
    }
    if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
      return ""; // zero-width joiners, BOM, bidi marks: invisible anyway
    }
    if (canEncode(codePoint)) {
      return Character.toString(codePoint);
    }
    String standIn = STAND_INS.get(codePoint);
    if (standIn != null) {
      return standIn;
    }
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
    int base = decomposed.codePointAt(0);
    if (base != codePoint && canEncode(base)) {
      return Character.toString(base);
    }
    return String.valueOf(REPLACEMENT);
  }

  private boolean canEncode(int codePoint) {
    return encodable.computeIfAbsent(codePoint, this::tryEncode);
  }

  private boolean tryEncode(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IllegalArgumentException | java.io.IOException e) {
      return false; // "no glyph" / "not available in this font's encoding"
    }
  }
}
