package org.privacyportal.backend.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyportal.backend.library.LibraryProfile.LegalInstrument;
import org.privacyportal.backend.library.LibraryProfile.Retention;

class LibraryProfilesTest {

  @Test
  void shipsCalcasieuAndLawrenceWithCalcasieuAsDefault() {
    assertThat(LibraryProfiles.ids()).containsExactly("calcasieu", "lawrence");
    assertThat(LibraryProfiles.DEFAULT_ID).isEqualTo("calcasieu");
  }

  @Test
  void calcasieuFollowsLouisianaLaw() {
    LibraryProfile p = LibraryProfiles.load("calcasieu");

    assertThat(p.id()).isEqualTo("calcasieu");
    assertThat(p.name()).isEqualTo("Calcasieu Parish Public Library");
    assertThat(p.jurisdiction()).isEqualTo("Louisiana");
    assertThat(p.statute()).isEqualTo("R.S. 44:13");
    assertThat(p.ageOfMajority()).isEqualTo(18);
    assertThat(p.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(p.acceptedInstruments()).containsExactly(LegalInstrument.COURT_ORDER);
    assertThat(p.guardianNeedsVerifiedId()).isFalse();
    assertThat(p.incidentDisclosureAllowed()).isTrue();
    assertThat(p.patronsMayViewFootage()).isTrue();
    assertThat(p.policyVersion()).isEqualTo("2026-11-01");
    assertThat(p.retention())
        .isEqualTo(
            new Retention(
                Period.ofYears(1), Period.ofYears(1), Period.ofDays(30), Period.ofYears(5)));
    assertThat(p.policyText().get("en"))
        .startsWith("The Board of Trustees and Calcasieu Parish Public Library staff")
        .contains("Louisiana State Statute R.S. 44:13 provides")
        .contains("\n\n- a. Video image recordings")
        .contains("\n- b. Video records may be used to assist law enforcement")
        .endsWith("may be found on the Library's website.");
  }

  @Test
  void lawrenceFollowsKansasLaw() {
    LibraryProfile p = LibraryProfiles.load("lawrence");

    assertThat(p.id()).isEqualTo("lawrence");
    assertThat(p.name()).isEqualTo("Lawrence Public Library");
    assertThat(p.jurisdiction()).isEqualTo("Kansas");
    assertThat(p.statute()).isEqualTo("K.S.A. 45-221(23)");
    assertThat(p.ageOfMajority()).isEqualTo(18);
    assertThat(p.timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(p.acceptedInstruments())
        .isEqualTo(Set.of(LegalInstrument.COURT_ORDER, LegalInstrument.SUBPOENA));
    assertThat(p.guardianNeedsVerifiedId()).isTrue();
    assertThat(p.incidentDisclosureAllowed()).isTrue();
    assertThat(p.patronsMayViewFootage()).isFalse();
    assertThat(p.policyVersion()).isEqualTo("2026-11-01");
    assertThat(p.policyText().get("en"))
        .startsWith("Confidentiality of Records\n\nThe Library is committed")
        .contains(
            "the responsible adult listed on the account upon presentation of identification.")
        .contains("Patron access to video footage is not allowed.")
        .contains("relaying a message to a potential patron when possible")
        .endsWith("must be referred to the Library Director.");
  }

  @ParameterizedTest
  @MethodSource("org.privacyportal.backend.library.LibraryProfiles#ids")
  void policyTextIsThereInEnglishAndSpanishWithTheSameParagraphs(String id) {
    LibraryProfile p = LibraryProfiles.load(id);

    assertThat(p.policyText()).containsOnlyKeys("en", "es");
    String en = p.policyText().get("en");
    String es = p.policyText().get("es");
    assertThat(en).isNotBlank();
    assertThat(es).isNotBlank().isNotEqualTo(en).contains("Biblioteca");
    // A faithful translation keeps the structure: as many paragraphs and list items.
    assertThat(es.split("\n\n")).hasSameSizeAs(en.split("\n\n"));
    assertThat(es.split("\n")).hasSameSizeAs(en.split("\n"));
    assertThat(es).contains(p.statute().replace("45-221(23)", "45-221 (23)"));
  }

  @ParameterizedTest
  @CsvSource({"calcasieu, US-LA, Lake Charles", "lawrence, US-KS, Lawrence"})
  void keepsEachPolicyVersionOldestFirstWithTheCurrentLastAndNamesTheController(
      String id, String jurisdiction, String city) {
    LibraryProfile p = LibraryProfiles.load(id);

    assertThat(p.policyVersions())
        .extracting(LibraryProfile.PolicyVersion::version)
        .containsExactly("2024-09-01", "2026-11-01");
    assertThat(p.currentPolicy().version()).isEqualTo(p.policyVersion());
    assertThat(p.currentPolicy().text()).isEqualTo(p.policyText());
    assertThat(p.currentPolicy().effective()).isEqualTo(java.time.LocalDate.of(2026, 11, 1));
    for (LibraryProfile.PolicyVersion v : p.policyVersions()) {
      assertThat(v.summary()).containsOnlyKeys("en", "es");
      assertThat(v.text()).containsOnlyKeys("en", "es");
      assertThat(v.text().get("es").split("\n")).hasSameSizeAs(v.text().get("en").split("\n"));
    }
    // a small change: the older text differs from the current one, but not by much
    String older = p.policy("2024-09-01").orElseThrow().text().get("en");
    assertThat(older).isNotEqualTo(p.policyText().get("en"));
    assertThat(Math.abs(older.length() - p.policyText().get("en").length())).isLessThan(300);
    assertThat(p.policy("2018-05-01")).isEmpty();
    assertThat(p.controller().jurisdictionCode()).isEqualTo(jurisdiction);
    assertThat(p.controller().address()).contains(city);
    assertThat(p.controller().url()).startsWith("https://");
    assertThat(p.controller().policyUrl()).startsWith("https://");
  }

  @Test
  void anUnknownIdNamesTheValidOnes() {
    assertThatThrownBy(() -> LibraryProfiles.load("topeka"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'topeka'")
        .hasMessageContaining("calcasieu, lawrence");
    assertThatThrownBy(() -> LibraryProfiles.load(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calcasieu, lawrence");
  }

  @ParameterizedTest
  @CsvSource({
    "bad-period, retention.closedTickets, 'one year'",
    "bad-zone, timeZone, 'Central'",
    "unknown-field, ageOfMajorty, is not a profile field",
    "missing-spanish, policyText.es, non-empty list of paragraphs",
    "bad-instrument, acceptedInstruments, 'LETTER'",
  })
  void aBrokenFileIsRefusedNamingTheFileAndTheField(String file, String field, String detail) {
    String resource = "org/privacyportal/backend/library/broken/" + file + ".json";

    assertThatThrownBy(() -> LibraryProfiles.parse(resource, "lawrence"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(resource)
        .hasMessageContaining("field '" + field + "'")
        .hasMessageContaining(detail);
  }

  @Test
  void aFileWhoseIdDiffersFromItsNameIsRefused() {
    String resource = "org/privacyportal/backend/library/profiles/lawrence.json";

    assertThatThrownBy(() -> LibraryProfiles.parse(resource, "calcasieu"))
        .hasMessageContaining("field 'id' must be 'calcasieu'");
  }
}
