package org.privacyportal.backend.demo;

import java.util.List;

/**
 * The demo collection: public-domain classics (books, films, recordings) under their real titles
 * and authors, and made-up but plausible recent titles by made-up authors.
 */
final class DemoCatalog {

  private DemoCatalog() {}

  /** Who a title is shelved for. */
  enum Audience {
    ADULT,
    TEEN,
    CHILD
  }

  /** A title; {@code index} is its place in {@link #ALL}, used for stable item barcodes. */
  record Title(int index, String title, String author, String format, Audience audience) {}

  private static final Object[][] ENTRIES = {
    // adult: public domain
    {"Pride and Prejudice", "Jane Austen", "BOOK", Audience.ADULT},
    {"Emma", "Jane Austen", "BOOK", Audience.ADULT},
    {"Persuasion", "Jane Austen", "BOOK", Audience.ADULT},
    {"Moby-Dick; or, The Whale", "Herman Melville", "BOOK", Audience.ADULT},
    {"Life on the Mississippi", "Mark Twain", "BOOK", Audience.ADULT},
    {"Adventures of Huckleberry Finn", "Mark Twain", "BOOK", Audience.ADULT},
    {"Frankenstein; or, The Modern Prometheus", "Mary Shelley", "BOOK", Audience.ADULT},
    {"Dracula", "Bram Stoker", "BOOK", Audience.ADULT},
    {"Jane Eyre", "Charlotte Brontë", "BOOK", Audience.ADULT},
    {"Wuthering Heights", "Emily Brontë", "BOOK", Audience.ADULT},
    {"Middlemarch", "George Eliot", "BOOK", Audience.ADULT},
    {"Great Expectations", "Charles Dickens", "BOOK", Audience.ADULT},
    {"A Tale of Two Cities", "Charles Dickens", "BOOK", Audience.ADULT},
    {"Bleak House", "Charles Dickens", "BOOK", Audience.ADULT},
    {"The Count of Monte Cristo", "Alexandre Dumas", "BOOK", Audience.ADULT},
    {"Les Misérables", "Victor Hugo", "BOOK", Audience.ADULT},
    {"Crime and Punishment", "Fyodor Dostoevsky", "BOOK", Audience.ADULT},
    {"Anna Karenina", "Leo Tolstoy", "BOOK", Audience.ADULT},
    {"War and Peace", "Leo Tolstoy", "BOOK", Audience.ADULT},
    {"The Picture of Dorian Gray", "Oscar Wilde", "BOOK", Audience.ADULT},
    {"The Great Gatsby", "F. Scott Fitzgerald", "BOOK", Audience.ADULT},
    {"The Awakening", "Kate Chopin", "BOOK", Audience.ADULT},
    {"Bayou Folk", "Kate Chopin", "BOOK", Audience.ADULT},
    {"The Souls of Black Folk", "W. E. B. Du Bois", "BOOK", Audience.ADULT},
    {"Narrative of the Life of Frederick Douglass", "Frederick Douglass", "BOOK", Audience.ADULT},
    {"Up from Slavery", "Booker T. Washington", "BOOK", Audience.ADULT},
    {"The Age of Innocence", "Edith Wharton", "BOOK", Audience.ADULT},
    {"The House of Mirth", "Edith Wharton", "BOOK", Audience.ADULT},
    {"My Ántonia", "Willa Cather", "BOOK", Audience.ADULT},
    {"O Pioneers!", "Willa Cather", "BOOK", Audience.ADULT},
    {"The Scarlet Letter", "Nathaniel Hawthorne", "BOOK", Audience.ADULT},
    {"Walden", "Henry David Thoreau", "BOOK", Audience.ADULT},
    {"Leaves of Grass", "Walt Whitman", "BOOK", Audience.ADULT},
    {"The Jungle", "Upton Sinclair", "BOOK", Audience.ADULT},
    {"Main Street", "Sinclair Lewis", "BOOK", Audience.ADULT},
    {"The Sun Also Rises", "Ernest Hemingway", "BOOK", Audience.ADULT},
    {"Mrs Dalloway", "Virginia Woolf", "BOOK", Audience.ADULT},
    {"The Murder of Roger Ackroyd", "Agatha Christie", "BOOK", Audience.ADULT},
    {"The Mysterious Affair at Styles", "Agatha Christie", "BOOK", Audience.ADULT},
    {"The Hound of the Baskervilles", "Arthur Conan Doyle", "BOOK", Audience.ADULT},
    {"The Adventures of Sherlock Holmes", "Arthur Conan Doyle", "BOOK", Audience.ADULT},
    {"The Time Machine", "H. G. Wells", "BOOK", Audience.ADULT},
    {"The War of the Worlds", "H. G. Wells", "BOOK", Audience.ADULT},
    {"Heart of Darkness", "Joseph Conrad", "BOOK", Audience.ADULT},
    {"Uncle Tom's Cabin", "Harriet Beecher Stowe", "BOOK", Audience.ADULT},
    {"The Prophet", "Kahlil Gibran", "BOOK", Audience.ADULT},
    {"Siddhartha", "Hermann Hesse", "BOOK", Audience.ADULT},
    {"Don Quijote de la Mancha", "Miguel de Cervantes", "BOOK", Audience.ADULT},
    {"Doña Perfecta", "Benito Pérez Galdós", "BOOK", Audience.ADULT},
    {"María", "Jorge Isaacs", "BOOK", Audience.ADULT},
    {"Rimas y leyendas", "Gustavo Adolfo Bécquer", "BOOK", Audience.ADULT},
    {"Truyện Kiều", "Nguyễn Du", "BOOK", Audience.ADULT},
    // adult: made up
    {"A House on Contraband Bayou", "Celeste Arceneaux", "BOOK", Audience.ADULT},
    {"The Salt Marsh Letters", "Maren Holloway", "BOOK", Audience.ADULT},
    {"The Last Ferry to Cameron", "Anita Boudreaux", "BOOK", Audience.ADULT},
    {"What the River Keeps", "Jonah Prejean", "BOOK", Audience.ADULT},
    {"Midnight at the Kansas Line", "Wade Sorensen", "BOOK", Audience.ADULT},
    {"The Glass Orchard", "Lila Moreno", "BOOK", Audience.ADULT},
    {"The Weight of Small Things", "Nadia Reyes", "BOOK", Audience.ADULT},
    {"Harvest of Crows", "Eli Strand", "BOOK", Audience.ADULT},
    {"Northbound Quiet", "Samuel Park-Whitfield", "BOOK", Audience.ADULT},
    {"A Season of Storms", "Ruth Abernathy", "BOOK", Audience.ADULT},
    {"The Cartographer's Daughter", "Ines Albrecht", "BOOK", Audience.ADULT},
    {"Gardening on the Gulf Coast", "Claire Thibodeaux", "BOOK", Audience.ADULT},
    {"Hurricane-Ready Homes: A Practical Guide", "Dale Mouton", "BOOK", Audience.ADULT},
    {"The Cajun Kitchen Year", "Lise Guidry", "BOOK", Audience.ADULT},
    {"Prairie Skies: Birds of the Great Plains", "Helen Lindqvist", "BOOK", Audience.ADULT},
    {"Starting a Small Business, Step by Step", "Raymond Okwu", "BOOK", Audience.ADULT},
    {"Medicare Made Clear", "Patricia Hale", "BOOK", Audience.ADULT},
    {"Everyday Python", "Priya Raman", "BOOK", Audience.ADULT},
    {"Resumes That Work", "Janelle Brooks", "BOOK", Audience.ADULT},
    {"Quiet Strength: Caring for Aging Parents", "Teresa Alvarez", "BOOK", Audience.ADULT},
    {"Fix It Yourself: Home Repair Basics", "Gus Halvorsen", "BOOK", Audience.ADULT},
    {"Consumer Guide Monthly", null, "MAGAZINE", Audience.ADULT},
    {"Gulf Coast Gardening", null, "MAGAZINE", Audience.ADULT},
    {"Home Workshop Monthly", null, "MAGAZINE", Audience.ADULT},
    // films and recordings: public domain
    {"Nosferatu (1922)", "F. W. Murnau", "DVD", Audience.ADULT},
    {"Metropolis (1927)", "Fritz Lang", "DVD", Audience.ADULT},
    {"The General (1926)", "Buster Keaton", "DVD", Audience.ADULT},
    {"Sherlock Jr. (1924)", "Buster Keaton", "DVD", Audience.ADULT},
    {"Safety Last! (1923)", "Fred C. Newmeyer and Sam Taylor", "DVD", Audience.ADULT},
    {"The Gold Rush (1925)", "Charles Chaplin", "DVD", Audience.ADULT},
    {"Night of the Living Dead (1968)", "George A. Romero", "DVD", Audience.ADULT},
    {"Charade (1963)", "Stanley Donen", "DVD", Audience.ADULT},
    {"His Girl Friday (1940)", "Howard Hawks", "DVD", Audience.ADULT},
    {"Maple Leaf Rag and Other Piano Rags", "Scott Joplin", "MUSIC", Audience.ADULT},
    {"Goldberg Variations", "Johann Sebastian Bach", "MUSIC", Audience.ADULT},
    {"The Four Seasons", "Antonio Vivaldi", "MUSIC", Audience.ADULT},
    {"Symphony No. 9 in D minor", "Ludwig van Beethoven", "MUSIC", Audience.ADULT},
    {"Mobile Wi-Fi hotspot", null, "DEVICE", Audience.ADULT},
    {"Chromebook laptop", null, "DEVICE", Audience.ADULT},
    {"Telescope kit", null, "DEVICE", Audience.ADULT},
    // teens
    {"Treasure Island", "Robert Louis Stevenson", "BOOK", Audience.TEEN},
    {"Kidnapped", "Robert Louis Stevenson", "BOOK", Audience.TEEN},
    {"The Adventures of Tom Sawyer", "Mark Twain", "BOOK", Audience.TEEN},
    {"The Prince and the Pauper", "Mark Twain", "BOOK", Audience.TEEN},
    {"Little Women", "Louisa May Alcott", "BOOK", Audience.TEEN},
    {"Anne of Green Gables", "L. M. Montgomery", "BOOK", Audience.TEEN},
    {"The Call of the Wild", "Jack London", "BOOK", Audience.TEEN},
    {"White Fang", "Jack London", "BOOK", Audience.TEEN},
    {"Around the World in Eighty Days", "Jules Verne", "BOOK", Audience.TEEN},
    {"Twenty Thousand Leagues Under the Seas", "Jules Verne", "BOOK", Audience.TEEN},
    {"The Three Musketeers", "Alexandre Dumas", "BOOK", Audience.TEEN},
    {"The Red Badge of Courage", "Stephen Crane", "BOOK", Audience.TEEN},
    {"Static on Channel Nine", "Maya Ellison", "BOOK", Audience.TEEN},
    {"The Summer We Flooded", "Ben Thibodeaux", "BOOK", Audience.TEEN},
    {"Shadow League", "Kenji Moreau", "BOOK", Audience.TEEN},
    {"Comet Season", "Ava Lindgren", "BOOK", Audience.TEEN},
    {"Seventeen Ways to Leave Town", "Dani Okoro", "BOOK", Audience.TEEN},
    {"The Robotics Club Disaster", "Sam Whitlock", "BOOK", Audience.TEEN},
    {"Steamboat Willie (1928)", "Walt Disney and Ub Iwerks", "DVD", Audience.TEEN},
    {"The Kid (1921)", "Charles Chaplin", "DVD", Audience.TEEN},
    // children
    {"The Tale of Peter Rabbit", "Beatrix Potter", "BOOK", Audience.CHILD},
    {"The Tale of Squirrel Nutkin", "Beatrix Potter", "BOOK", Audience.CHILD},
    {"The Velveteen Rabbit", "Margery Williams", "BOOK", Audience.CHILD},
    {"The Wonderful Wizard of Oz", "L. Frank Baum", "BOOK", Audience.CHILD},
    {"Alice's Adventures in Wonderland", "Lewis Carroll", "BOOK", Audience.CHILD},
    {"Just So Stories", "Rudyard Kipling", "BOOK", Audience.CHILD},
    {"The Jungle Book", "Rudyard Kipling", "BOOK", Audience.CHILD},
    {"Winnie-the-Pooh", "A. A. Milne", "BOOK", Audience.CHILD},
    {"The Story of Doctor Dolittle", "Hugh Lofting", "BOOK", Audience.CHILD},
    {"The Adventures of Pinocchio", "Carlo Collodi", "BOOK", Audience.CHILD},
    {"Heidi", "Johanna Spyri", "BOOK", Audience.CHILD},
    {"The Secret Garden", "Frances Hodgson Burnett", "BOOK", Audience.CHILD},
    {"A Little Princess", "Frances Hodgson Burnett", "BOOK", Audience.CHILD},
    {"Black Beauty", "Anna Sewell", "BOOK", Audience.CHILD},
    {"The Wind in the Willows", "Kenneth Grahame", "BOOK", Audience.CHILD},
    {"Peter Pan", "J. M. Barrie", "BOOK", Audience.CHILD},
    {"The Little Engine That Could", "Watty Piper", "BOOK", Audience.CHILD},
    {"Millions of Cats", "Wanda Gág", "BOOK", Audience.CHILD},
    {"Raggedy Ann Stories", "Johnny Gruelle", "BOOK", Audience.CHILD},
    {"Pelican Pete Goes to School", "Rosalie Fontenot", "BOOK", Audience.CHILD},
    {"The Crawfish Who Couldn't Swim", "Jules Mire", "BOOK", Audience.CHILD},
    {"Goodnight, Prairie", "Hannah Vogel", "BOOK", Audience.CHILD},
    {"Max and the Moon Kite", "Tomás Villarreal", "BOOK", Audience.CHILD},
    {"Dinosaurs Don't Do Dishes", "Keisha Warren", "BOOK", Audience.CHILD},
    {"Lola Counts the Stars", "Mina Osei", "BOOK", Audience.CHILD},
  };

  static final List<Title> ALL = build();

  static final List<Title> ADULT =
      ALL.stream().filter(t -> t.audience() == Audience.ADULT).toList();
  static final List<Title> TEEN = ALL.stream().filter(t -> t.audience() == Audience.TEEN).toList();
  static final List<Title> CHILD =
      ALL.stream().filter(t -> t.audience() == Audience.CHILD).toList();
  static final List<Title> BOOKS = ALL.stream().filter(t -> t.format().equals("BOOK")).toList();

  private static List<Title> build() {
    Title[] titles = new Title[ENTRIES.length];
    for (int i = 0; i < ENTRIES.length; i++) {
      Object[] e = ENTRIES[i];
      titles[i] = new Title(i, (String) e[0], (String) e[1], (String) e[2], (Audience) e[3]);
    }
    return List.of(titles);
  }

  /**
   * A title for a reader of this age: children read children's books, teens mostly teen and some
   * adult titles, adults mostly adult ones and sometimes a picture book (for a child at home).
   */
  static Title forAge(DemoRandom random, int age) {
    double r = random.nextDouble();
    if (age < 12) {
      return random.pick(r < 0.85 ? CHILD : TEEN);
    }
    if (age < 18) {
      return random.pick(r < 0.7 ? TEEN : ADULT);
    }
    return random.pick(r < 0.88 ? ADULT : r < 0.95 ? CHILD : TEEN);
  }
}
