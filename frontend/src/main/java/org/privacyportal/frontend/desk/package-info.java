/**
 * The staff desk's verification of a written authorization: its code, the type of ID shown, and the
 * categories it opens, read-only (docs/desk.md).
 */
package org.privacyportal.frontend.desk;
