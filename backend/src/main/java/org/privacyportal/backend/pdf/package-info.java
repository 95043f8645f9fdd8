/** One PDF text-document writer for receipts and exports. */
package org.privacyportal.backend.pdf;
