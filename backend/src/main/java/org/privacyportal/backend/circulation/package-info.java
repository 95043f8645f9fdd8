/**
 * Loans, the reading history, holds and fines; returns as the ILS reports them, anonymized when the
 * patron has not opted in.
 */
package org.privacyportal.backend.circulation;
