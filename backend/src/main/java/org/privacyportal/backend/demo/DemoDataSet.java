package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The row of demo_data_set: which generated set the database holds.
 *
 * @param generatedFor the library-local day the data was made for
 * @param status LOADING or COMPLETE
 */
public record DemoDataSet(
    long seed,
    LocalDate generatedFor,
    String libraryProfile,
    int patrons,
    long loans,
    String status,
    LocalDateTime startedAt,
    LocalDateTime completedAt) {}
