package org.privacyportal.backend.accesslog;

import java.time.Instant;

/** What a question's ticket subject says about the entry it asks about: no one's name. */
public record QuestionedEntry(
    String id, Instant accessedAt, String category, String ground, String legalInstrument) {}
