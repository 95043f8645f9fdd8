/**
 * Download all my data: background export jobs that write one archive (JSON per category, a
 * manifest and a readable PDF).
 */
package org.privacyportal.backend.export;
