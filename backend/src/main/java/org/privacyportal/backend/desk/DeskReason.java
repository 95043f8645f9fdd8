package org.privacyportal.backend.desk;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a staff member looks a patron up at the desk: a fixed list, so that the patron's access log
 * says it in their own language and nobody can open a lookup with a made-up word (docs/desk.md).
 * The list is what a circulation desk does for the patron in front of it or on the phone; every one
 * of them needs at most the profile, current loans, active holds and fines, which is all a lookup
 * opens. Anything else (a lost-item search, a records request, a privacy question) is a ticket.
 */
public enum DeskReason {
  /** Checking items out or in for the patron, a problem at the self-check machine. */
  CHECKOUT_HELP,
  /** Renewing loans, or explaining why one cannot be renewed. */
  RENEWAL,
  /** A question about the account: expiry, card status, blocks, notices received. */
  ACCOUNT_QUESTION,
  /** Paying or discussing fines and fees. */
  FINES_PAYMENT,
  /** Picking up a hold that is ready, or asking where a hold stands. */
  HOLD_PICKUP,
  /** A lost or damaged card: checking who holds the account before issuing a new one. */
  LOST_CARD,
  /** A borrowed item the patron lost or damaged: its loan and the replacement fee. */
  LOST_ITEM,
  /** Checking contact details with the patron (address, phone, e-mail) at the desk. */
  DETAILS_UPDATE,
  /** Something else: the staff member must say what in the note. */
  OTHER;

  /** The reason named {@code code}, exactly as written (upper case), if there is one. */
  public static Optional<DeskReason> parse(String code) {
    return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
  }

  /** "CHECKOUT_HELP, RENEWAL, ..." for problem details. */
  public static String allNames() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** OTHER says nothing by itself: it needs the staff member's words. */
  public boolean needsNote() {
    return this == OTHER;
  }
}
