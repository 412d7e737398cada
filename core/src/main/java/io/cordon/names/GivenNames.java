package io.cordon.names;

import java.util.HashMap;
import java.util.Map;

/**
 * Given names that are the same name in another language or a usual short form (John, Juan, Jean,
 * Johann, Ivan, Giovanni; Theodore, Ted, Fyodor). Each group has a symbol; two given names with the
 * same symbol are the same name for the scorer. Spellings a transliteration variant or the phonetic
 * key already joins (Vladimir/Wladimir, Aleksei/Alexey) need no entry.
 */
public final class GivenNames {
  private GivenNames() {}

  private static final String[][] GROUPS = {
      {"john", "juan", "jean", "johann", "johannes", "johan", "jan", "ivan", "giovanni", "joao", "jon", "sean", "ian",
          "evan", "hans", "jack", "ioan", "ion", "iwan", "yahya"},
      {"alexander", "aleksandr", "alexandr", "oleksandr", "alexandre", "alejandro", "alessandro", "aleksander",
          "sasha", "alex", "iskandar", "skander"},
      {"michael", "mikhail", "michail", "mykhailo", "michel", "miguel", "michele", "mikael", "mihail", "mike",
          "mikhael", "mikolaj"},
      {"peter", "pyotr", "petr", "petro", "pierre", "pedro", "pietro", "piotr", "petar", "pete"},
      {"paul", "pavel", "pavlo", "pablo", "paolo", "pawel", "paulo"},
      {"joseph", "iosif", "josef", "jose", "giuseppe", "yusuf", "youssef", "yosef", "joe", "osip", "jozef"},
      {"george", "georgy", "georgiy", "georgii", "yuri", "yuriy", "yury", "jorge", "georges", "heorhiy", "jurgen",
          "jerzy", "giorgio", "giorgi"},
      {"theodore", "ted", "teddy", "fyodor", "fedor", "feodor", "theodor", "teodor", "todor", "fedir"},
      {"andrew", "andrei", "andrey", "andriy", "andrii", "andreas", "andres", "andre", "andrea", "andrzej",
          "andy"},
      {"nicholas", "nikolai", "nikolay", "mykola", "nicolas", "nicola", "nikola", "niklas", "nick", "klaus",
          "mikola"},
      {"stephen", "steven", "stepan", "esteban", "stefan", "stefano", "etienne", "steve", "stephan"},
      {"sergey", "sergei", "serhiy", "serhii", "sergio", "serge", "sergiu"},
      {"dmitry", "dmitriy", "dmitrii", "dmytro", "dimitri", "dimitrios", "dimitar"},
      {"james", "jaime", "diego", "giacomo", "jacques", "jim", "jimmy", "jamie", "seamus"},
      {"jacob", "yakov", "iakov", "jakob", "yaakov", "yakub", "jakub", "yaqub", "giacobbe"},
      {"william", "wilhelm", "guillermo", "guillaume", "willem", "bill", "will", "liam", "vilhelm"},
      {"robert", "roberto", "rob", "bob", "bobby", "robin"},
      {"richard", "ricardo", "riccardo", "rick", "dick"},
      {"charles", "carlos", "carlo", "karl", "carl", "karel", "charlie", "chuck"},
      {"elizabeth", "elisabeth", "elizaveta", "isabel", "isabella", "elisabetta", "liz", "beth", "betty",
          "yelizaveta"},
      {"catherine", "katherine", "kathryn", "ekaterina", "yekaterina", "katerina", "caterina", "katharina",
          "kate", "katya", "catalina"},
      {"maria", "mary", "marie", "mariya", "miriam", "maryam", "mariam", "marija"},
      {"anna", "ann", "anne", "hanna", "hannah", "ana", "anya", "ganna"},
      {"helen", "elena", "yelena", "olena", "helena", "ellen", "alena"},
      {"ibrahim", "abraham", "avraham", "ebrahim"},
      {"ismail", "ishmael", "ismael"},
      {"suleiman", "sulayman", "solomon", "suleyman", "sulaiman", "salomon"},
      {"musa", "moses", "moshe", "moise", "mousa"},
      {"isa", "jesus", "eesa"},
      {"daoud", "dawud", "david", "davud", "dawood", "dovid"},
      {"yunus", "jonah", "jonas", "younes", "yunis"},
      {"nuh", "noah", "noe"},
      {"gregory", "grigory", "grigoriy", "gregor", "gregorio", "hryhoriy"},
      {"eugene", "evgeny", "yevgeny", "yevgeniy", "evgenii", "yevhen", "eugen", "eugenio"},
      {"leo", "lev", "leon", "leonid"},
      {"thomas", "tomas", "tommaso", "tom", "foma"},
      {"matthew", "matvey", "matthias", "mateo", "matteo", "mateusz", "matej"},
      {"anthony", "antony", "anton", "antonio", "antoine", "tony"},
      {"francis", "francisco", "francesco", "franz", "francois", "frank", "frantisek"},
      {"henry", "henri", "heinrich", "enrique", "enrico", "harry", "hendrik"},
      {"frederick", "friedrich", "federico", "fred", "fritz", "frederic"},
      {"edward", "eduard", "eduardo", "edoardo", "ted", "ed", "edvard"},
  };

  private static final Map<String, String> SYMBOL = build();

  private static Map<String, String> build() {
    Map<String, String> m = new HashMap<>();
    for (String[] g : GROUPS) {
      for (String n : g) {
        // a name in two groups (Ted: Theodore and Edward) keeps its first group
        m.putIfAbsent(n, g[0]);
      }
    }
    return Map.copyOf(m);
  }

  /** The group symbol of a folded given name, or null when it is in no group. */
  public static String group(String folded) {
    return SYMBOL.get(folded);
  }
}
