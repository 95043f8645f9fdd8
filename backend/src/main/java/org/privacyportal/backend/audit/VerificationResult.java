package org.privacyportal.backend.audit;

/**
 * What a verification of the access log found. Serialized as the API's answer.
 *
 * @param intact true when every entry matches its HMAC, links to the one before it, and the head
 *     names the last one
 * @param entriesChecked how many entries, from the first, were found intact (all of them when
 *     {@code intact})
 * @param firstBrokenSeq the first seq where the chain no longer holds: the altered, missing, moved
 *     or foreign entry; for a cut-off tail the first missing seq; null when intact
 * @param problem what broke at that seq, in words (seqs only, never personal data); null when
 *     intact
 */
public record VerificationResult(
    boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

  static VerificationResult ok(long entriesChecked) {
    return new VerificationResult(true, entriesChecked, null, null);
  }

  static VerificationResult broken(long entriesChecked, long firstBrokenSeq, String problem) {
    return new VerificationResult(false, entriesChecked, firstBrokenSeq, problem);
  }
}
