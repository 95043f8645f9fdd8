/**
 * What every feature shares, below them all so that the feature packages form no cycle
 * (ArchitectureTest): the categories of a patron's records ({@link
 * org.privacyportal.backend.vocabulary.Category}), the grounds of an access ({@link
 * org.privacyportal.backend.vocabulary.Ground}), and how a read of a category is asked of a mapper
 * ({@link org.privacyportal.backend.vocabulary.RecordQuery}, {@link
 * org.privacyportal.backend.vocabulary.PageRequest}, {@link
 * org.privacyportal.backend.vocabulary.LoanHistoryFilter}). It depends on nothing else in the
 * backend.
 */
package org.privacyportal.backend.vocabulary;
