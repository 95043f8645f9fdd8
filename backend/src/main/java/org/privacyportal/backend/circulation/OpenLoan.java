package org.privacyportal.backend.circulation;

/** A loan not yet returned and whose it is (patronId null: a loan without patron). */
record OpenLoan(String loanId, String patronId) {}
