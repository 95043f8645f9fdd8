package org.privacyportal.frontend.details;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields a 400 from the backend names. Its problem detail (English, never echoing the input)
 * names each field it refuses in quotes, e.g. "The field 'address.postalCode' must be ..."; the page
 * marks those fields with its own translated message instead of showing the English text.
 */
public final class FieldProblems {

    /** The field names the backend uses. */
    public static final Set<String> FIELDS = Set.of("email", "phone", "address", "address.line1", "address.line2",
            "address.city", "address.region", "address.postalCode", "reason");

    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z0-9.]+)'");

    private FieldProblems() {
    }

    /** The known field names in {@code detail}, in the order named; empty when it names none. */
    public static Set<String> named(String detail) {
        Set<String> fields = new LinkedHashSet<>();
        if (detail != null) {
            QUOTED.matcher(detail).results().map(m -> m.group(1)).filter(FIELDS::contains).forEach(fields::add);
        }
        return fields;
    }
}
