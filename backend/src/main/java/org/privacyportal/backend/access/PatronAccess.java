package org.privacyportal.backend.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.privacyportal.backend.records.Category;

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

  public boolean isEmpty() {
    return grants.isEmpty();
  }
}
