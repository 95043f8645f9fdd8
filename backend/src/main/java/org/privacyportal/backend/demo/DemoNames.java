package org.privacyportal.backend.demo;

import java.util.List;

/** Names for generated patrons: common first names of several generations and backgrounds. */
final class DemoNames {

  private DemoNames() {
  }

  static final List<String> ADULT_FIRST = List.of(
      "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
      "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
      "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
      "Donald", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Paul", "Donna", "Joshua", "Michelle",
      "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie",
      "Jose", "Maria", "Luis", "Carmen", "Juan", "Rosa", "Carlos", "Ana", "Miguel", "Lucia",
      "Minh", "Thao", "Tuan", "Lan", "Huy", "Mai", "Darnell", "Latoya", "Andre", "Keisha",
      "Marcus", "Tamika", "Jerome", "Yolanda", "Pierre", "Claudette", "Remy", "Odile", "Wade", "Dolores",
      "Priya", "Ravi", "Fatima", "Omar", "Mei", "Wei", "Aaliyah", "Malik", "Bridget", "Colleen");

  static final List<String> CHILD_FIRST = List.of(
      "Liam", "Olivia", "Noah", "Emma", "Oliver", "Charlotte", "Elijah", "Amelia", "James", "Ava",
      "Mateo", "Sophia", "Lucas", "Isabella", "Levi", "Mia", "Ezra", "Evelyn", "Asher", "Harper",
      "Leo", "Luna", "Jayden", "Camila", "Aiden", "Gianna", "Josiah", "Aria", "Caleb", "Nevaeh",
      "Isaiah", "Zoe", "Santiago", "Valentina", "An", "Linh", "Khoi", "Bao", "Malachi", "Imani",
      "Xavier", "Jada", "Remi", "Celeste", "Beau", "Josie", "Tucker", "Maisie", "Arjun", "Anaya");

  static final List<String> LAST = List.of(
      "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
      "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
      "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
      "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
      "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
      "Thibodeaux", "LeBlanc", "Guidry", "Landry", "Fontenot", "Boudreaux", "Richard", "Arceneaux", "Prejean",
      "Trahan", "Romero", "Granger", "Benoit", "Savoie", "Doucet", "Mouton", "Comeaux", "Sonnier", "Vincent",
      "Tran", "Pham", "Le", "Vu", "Hoang", "Schmidt", "Becker", "Olson", "Lindqvist", "Vogel",
      "Washington", "Jefferson", "Banks", "Coleman", "Patel", "Shah", "Kim", "Chen", "O'Brien", "Murphy");
}
