package org.privacyportal.backend.guardianship;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether the name a requester typed for the child is the name on the card shown at the desk
 * (docs/guardians.md): the same words, in any order, ignoring case, accents and punctuation ("Mateo
 * Delgado", "delgado, mateo" and "Matéo DELGADO" all name Mateo Delgado). Nothing looser: a
 * nickname or a missing second surname does not match, and staff reject the request with a reason
 * so that the requester asks again with the name on the child's card.
 */
final class ChildName {

  private ChildName() {}

  static boolean matches(String typed, String firstName, String lastName) {
    List<String> asked = words(typed);
    List<String> onCard =
        Stream.concat(words(firstName).stream(), words(lastName).stream()).sorted().toList();
    return !asked.isEmpty() && asked.stream().sorted().toList().equals(onCard);
  }

  /** Lower-case words without accents; anything that is not a letter or digit separates them. */
  static List<String> words(String name) {
    if (name == null) {
      return List.of();
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }
}
