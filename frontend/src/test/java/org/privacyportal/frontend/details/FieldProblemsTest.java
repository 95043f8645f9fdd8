package org.privacyportal.frontend.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldProblemsTest {

    @Test
    void findsEachFieldTheBackendNamesInItsOrder() {
        String detail = "The field 'phone' must be a valid phone number; US numbers may be written without +1"
                + " (null or empty removes it). The field 'address.postalCode' must be a US ZIP code: five digits,"
                + " or ZIP+4 such as 70601-1234.";

        assertThat(FieldProblems.named(detail)).containsExactly("phone", "address.postalCode");
    }

    @Test
    void wordsInQuotesThatAreNoFieldOfOursAreIgnored() {
        String detail = "The field 'address' must be an object with 'line1', 'city', 'region' and 'postalCode',"
                + " and optionally 'line2'; an address can be replaced but not removed.";

        assertThat(FieldProblems.named(detail)).containsExactly("address");
        assertThat(FieldProblems.named("The request changes nothing.")).isEmpty();
        assertThat(FieldProblems.named(null)).isEmpty();
    }
}
