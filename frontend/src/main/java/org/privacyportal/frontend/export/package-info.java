/** Download all my data: start an export, follow it, download the archive. */
package org.privacyportal.frontend.export;
