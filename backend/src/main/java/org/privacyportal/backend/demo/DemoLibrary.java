package org.privacyportal.backend.demo;

import java.util.List;

/**
 * Where the demo patrons of a library live and borrow: its branches, the towns it serves, its card
 * and item barcode prefixes, the local area code, and a few local events and reference topics.
 * Street names are real streets of those towns; house numbers are made up.
 *
 * @param cardPrefix first five digits of the library's patron cards
 * @param itemPrefix first five digits of its item barcodes
 * @param areaCode phone numbers are {@code +1 <areaCode> 555-01xx}, the range reserved for fiction
 * @param branches the main library first: it sees most of the traffic
 */
record DemoLibrary(
    String profileId,
    String cardPrefix,
    String itemPrefix,
    String areaCode,
    String region,
    List<String> branches,
    List<Town> towns,
    List<String> localEvents,
    List<String> localTopics) {

  /** A town with its ZIP codes and some of its streets; weight ~ share of the patrons. */
  record Town(String city, List<String> postalCodes, List<String> streets, int weight) {}

  static DemoLibrary forProfile(String profileId) {
    return switch (profileId) {
      case "calcasieu" -> CALCASIEU;
      case "lawrence" -> LAWRENCE;
      default ->
          throw new IllegalArgumentException(
              "No demo geography for library profile '" + profileId + "'");
    };
  }

  /** A town picked in proportion to the towns' weights. */
  Town town(DemoRandom random) {
    int total = towns.stream().mapToInt(Town::weight).sum();
    int r = random.nextInt(total);
    for (Town town : towns) {
      r -= town.weight();
      if (r < 0) {
        return town;
      }
    }
    return towns.getFirst();
  }

  /** A branch: the main library four times in ten, else any branch. */
  String branch(DemoRandom random) {
    return random.chance(0.4) ? branches.getFirst() : random.pick(branches);
  }

  private static final DemoLibrary CALCASIEU =
      new DemoLibrary(
          "calcasieu",
          "23301",
          "33301",
          "337",
          "LA",
          List.of(
              "Central Library",
              "Sulphur Regional Library",
              "Moss Bluff Library",
              "Westlake Library",
              "Carnegie Memorial Library",
              "Epps Memorial Library",
              "Maplewood Library",
              "DeQuincy Library",
              "Iowa Library",
              "Fontenot Memorial Library",
              "Starks Library",
              "Hayes Library"),
          List.of(
              new Town(
                  "Lake Charles",
                  List.of("70601", "70605", "70607", "70611", "70615"),
                  List.of(
                      "Ryan St",
                      "Broad St",
                      "Kirkman St",
                      "Hodges St",
                      "Prien Lake Rd",
                      "Nelson Rd",
                      "Country Club Rd",
                      "McNeese St",
                      "Sallier St",
                      "Lake St",
                      "Common St",
                      "Sale Rd",
                      "Gauthier Rd",
                      "Tom Hebert Rd",
                      "Moss St",
                      "Enterprise Blvd",
                      "Oak Park Blvd"),
                  55),
              new Town(
                  "Sulphur",
                  List.of("70663", "70665"),
                  List.of(
                      "Maplewood Dr",
                      "Ruth St",
                      "Cypress St",
                      "Napoleon St",
                      "Beglis Pkwy",
                      "Post Oak Rd",
                      "Cities Service Hwy"),
                  20),
              new Town(
                  "Westlake",
                  List.of("70669"),
                  List.of("Sampson St", "Miller Ave", "Westwood Rd", "Mike Hooks Rd"),
                  8),
              new Town(
                  "DeQuincy",
                  List.of("70633"),
                  List.of("Holly St", "McNeese St", "Harrison St", "Lake St"),
                  5),
              new Town(
                  "Iowa", List.of("70647"), List.of("Thomson Ave", "Miller Ave", "Kinney St"), 5),
              new Town(
                  "Vinton", List.of("70668"), List.of("Horridge St", "Center St", "Loree St"), 5),
              new Town("Starks", List.of("70661"), List.of("Hwy 12", "Hwy 109"), 2)),
          List.of(
              "Mardi Gras Mask Making",
              "Hurricane Preparedness Workshop",
              "Cajun French Conversation Table",
              "Acadian Genealogy Basics",
              "Contraband Days Pirate Storytime"),
          List.of(
              "Calcasieu Parish property records",
              "Acadian ancestry and church records",
              "Hurricane recovery assistance forms",
              "Lake Charles history: the 1910 fire",
              "Louisiana driver's license practice test"));

  private static final DemoLibrary LAWRENCE =
      new DemoLibrary(
          "lawrence",
          "21356",
          "31356",
          "785",
          "KS",
          List.of("Main Library", "Drive-Up Window", "Outreach Services"),
          List.of(
              new Town(
                  "Lawrence",
                  List.of("66044", "66046", "66047", "66049"),
                  List.of(
                      "Massachusetts St",
                      "Vermont St",
                      "Kentucky St",
                      "Tennessee St",
                      "Ohio St",
                      "Indiana St",
                      "Louisiana St",
                      "Iowa St",
                      "Kasold Dr",
                      "Wakarusa Dr",
                      "Clinton Pkwy",
                      "W 6th St",
                      "W 23rd St",
                      "Haskell Ave",
                      "Harper St",
                      "Lawrence Ave",
                      "Bob Billings Pkwy",
                      "Inverness Dr"),
                  85),
              new Town("Eudora", List.of("66025"), List.of("Main St", "Church St", "10th St"), 7),
              new Town(
                  "Baldwin City", List.of("66006"), List.of("High St", "Ames St", "8th St"), 5),
              new Town("Lecompton", List.of("66050"), List.of("Elmore St", "Woodson Ave"), 3)),
          List.of(
              "Kansas Day Celebration",
              "Banned Books Week Read-Out",
              "Adult Winter Reading Challenge",
              "Sound + Vision Studio Orientation",
              "Seed Library Swap"),
          List.of(
              "Douglas County property records",
              "Kansas income tax forms",
              "Lawrence history: Quantrill's raid sources",
              "Kansas driver's license practice test",
              "Tenant rights in Kansas"));
}
