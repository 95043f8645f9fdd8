package org.privacyportal.backend.circulation;

/** A hold not yet ended, and whose it is (HoldCompletions: before the lock). */
record ActiveHold(String holdId, String patronId) {}
