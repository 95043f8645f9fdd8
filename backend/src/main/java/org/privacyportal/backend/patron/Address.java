package org.privacyportal.backend.patron;

/** A postal address as the library holds it (US style: region is the state). */
public record Address(String line1, String line2, String city, String region, String postalCode) {}
