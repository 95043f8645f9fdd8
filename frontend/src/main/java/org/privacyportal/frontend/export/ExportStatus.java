package org.privacyportal.frontend.export;

/**
 * An export as the backend reports it while it is prepared.
 *
 * @param state GATHERING, READY or FAILED
 * @param category the category being gathered (wire name), or null
 */
public record ExportStatus(
    String exportId,
    String state,
    String category,
    int categoriesDone,
    int categoriesTotal,
    long recordsGathered) {

  public boolean gathering() {
    return "GATHERING".equals(state);
  }

  public boolean ready() {
    return "READY".equals(state);
  }
}
