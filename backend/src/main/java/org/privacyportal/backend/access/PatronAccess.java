package org.privacyportal.backend.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.privacyportal.backend.vocabulary.Category;

/**
 * What one caller may read of one patron's records in one request: a grant per category, none for
 * the rest. Built only by {@link AccessPolicy}.
 */
public final class PatronAccess {

  static final PatronAccess NONE = new PatronAccess(new EnumMap<>(Category.class));

  private final Map<Category, Grant> grants;

  PatronAccess(EnumMap<Category, Grant> grants) {
    this.grants = Collections.unmodifiableMap(grants.clone());
  }

  /** The grant to read this category, if there is one: deny by default. */
  public Optional<Grant> grant(Category category) {
    return Optional.ofNullable(grants.get(category));
  }

  /** The categories this caller may read, in the order of {@link Category}. */
  public Set<Category> categories() {
    return grants.keySet();
  }

  /** The grants of these categories that {@code allowed} keeps; the rest refused. */
  PatronAccess only(Set<Category> categories, Predicate<Grant> allowed) {
    EnumMap<Category, Grant> kept = new EnumMap<>(Category.class);
    grants.forEach(
        (category, grant) -> {
          if (categories.contains(category) && allowed.test(grant)) {
            kept.put(category, grant);
          }
        });
    return new PatronAccess(kept);
  }

  public boolean isEmpty() {
    return grants.isEmpty();
  }
}
