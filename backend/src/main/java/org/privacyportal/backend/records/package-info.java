/**
 * The record categories of a patron: one reader per category, pages, the dashboard summary and the
 * reading history's search and CSV download.
 */
package org.privacyportal.backend.records;
