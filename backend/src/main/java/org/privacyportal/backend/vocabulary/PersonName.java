package org.privacyportal.backend.vocabulary;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether a name someone typed is the name on a patron's record: the same words, in any order,
 * ignoring case, accents and punctuation ("Mateo Delgado", "delgado, mateo" and "Matéo DELGADO" all
 * name Mateo Delgado). Nothing looser: a nickname or a missing second surname does not match. Used
 * for the child a guardian-link request names (docs/guardians.md), and for the grantee's card and
 * the signer's typed name of a written authorization (docs/authorizations.md).
 */
public final class PersonName {

  private PersonName() {}

  public static boolean matches(String typed, String firstName, String lastName) {
    List<String> asked = words(typed);
    List<String> onCard =
        Stream.concat(words(firstName).stream(), words(lastName).stream()).sorted().toList();
    return !asked.isEmpty() && asked.stream().sorted().toList().equals(onCard);
  }

  /** Lower-case words without accents; anything that is not a letter or digit separates them. */
  public static List<String> words(String name) {
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
