package org.privacyportal.frontend.details;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailsFormatTest {

  @Test
  void usNumbersAreGroupedOthersShownAsStored() {
    assertThat(DetailsFormat.phone("+13375550142")).isEqualTo("+1 337-555-0142");
    assertThat(DetailsFormat.phone("+442079460958")).isEqualTo("+442079460958");
    assertThat(DetailsFormat.phone(null)).isNull();
  }

  @Test
  void anAddressReadsOnItsLines() {
    var address =
        new ContactDetails.Address("12 Ryan St", "Apt 3", "Lake Charles", "LA", "70601-1234");

    assertThat(DetailsFormat.addressLines(address))
        .containsExactly("12 Ryan St", "Apt 3", "Lake Charles, LA 70601-1234");
    assertThat(
            DetailsFormat.addressLines(
                new ContactDetails.Address("1 A St", " ", "Iowa", null, null)))
        .containsExactly("1 A St", "Iowa");
    assertThat(DetailsFormat.addressLines(null)).isEmpty();
  }
}
