package org.privacyportal.backend.details;

/**
 * A change request cannot be made, withdrawn or decided as asked, because of the state it or the
 * patron is in; the handler answers 409 (or 400 for {@link Kind#NOTHING_CHANGES}). Thrown before
 * commit, so nothing is written.
 */
public final class ChangeConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    /** The patron already has a pending request. */
    ALREADY_PENDING,
    /** The request was approved, rejected or withdrawn already. */
    NOT_PENDING,
    /** Every value given is the one the library already has. */
    NOTHING_CHANGES
  }

  private final Kind kind;

  ChangeConflict(Kind kind) {
    super(kind.name(), null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
