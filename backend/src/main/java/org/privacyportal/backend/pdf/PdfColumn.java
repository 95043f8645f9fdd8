package org.privacyportal.backend.pdf;

import java.util.Objects;

/**
 * One column of a {@link PdfTextDocument} table.
 *
 * @param header the column heading, repeated at the top of every page the table runs onto
 * @param weight share of the table width relative to the other columns (e.g. 3 vs 1)
 */
public record PdfColumn(String header, double weight) {

  public PdfColumn {
    Objects.requireNonNull(header, "header");
    if (!(weight > 0)) {
      throw new IllegalArgumentException("a column weight must be positive");
    }
  }

  public static PdfColumn of(String header, double weight) {
    return new PdfColumn(header, weight);
  }
}
