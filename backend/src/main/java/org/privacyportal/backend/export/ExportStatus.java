package org.privacyportal.backend.export;

/**
 * What GET /api/v1/patrons/{id}/exports/{exportId} answers while an export is prepared.
 *
 * @param state GATHERING, READY or FAILED
 * @param category the category being gathered (wire name), or null when none is
 * @param categoriesDone categories gathered so far
 * @param categoriesTotal categories the archive will hold
 * @param recordsGathered records gathered so far, all categories together
 */
public record ExportStatus(
    String exportId,
    String state,
    String category,
    int categoriesDone,
    int categoriesTotal,
    long recordsGathered) {}
