package org.medsearch.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medsearch.config.Gazetteer.Institution;

/** Checks a gazetteer: every entity named, no blank name, no name given to two entities. */
final class GazetteerValidator {
  private static final int IGNORE_LIST = -1;

  private final List<String> problems = new ArrayList<>();
  /** Lower-cased name → where it was first given. */
  private final Map<String, Owner> owners = new HashMap<>();

  /** The key that gave a name, and the index and canonical name of its entity. */
  private record Owner(String key, int entity, String entityName) {}

  private GazetteerValidator() {}

  /** What is wrong with {@code gazetteer}, one line per problem, each naming its key. */
  static List<String> problems(Gazetteer gazetteer) {
    GazetteerValidator v = new GazetteerValidator();
    v.check("ignore", gazetteer.ignore(), IGNORE_LIST, null);
    List<Institution> entities = gazetteer.entities();
    for (int i = 0; i < entities.size(); i++) {
      String key = "entities[" + i + "]";
      Institution e = entities.get(i);
      if (e == null || e.name() == null || e.name().isBlank()) {
        v.problems.add(key + ".name: missing");
        continue;
      }
      v.check(key + ".name", List.of(e.name()), i, e.name());
      v.check(key + ".names_zh", e.namesZh(), i, e.name());
      v.check(key + ".names_en", e.namesEn(), i, e.name());
      v.check(key + ".former_names", e.formerNames(), i, e.name());
      v.check(key + ".abbreviations", e.abbreviations(), i, e.name());
    }
    return v.problems;
  }

  private void check(String key, List<String> names, int entity, String entityName) {
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      String at = key.endsWith(".name") ? key : key + "[" + j + "]";
      if (name == null || name.isBlank()) {
        problems.add(at + ": blank");
        continue;
      }
      Owner first = owners.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), new Owner(at, entity, entityName));
      // An entity may repeat one of its own names harmlessly; a name of two would be ambiguous.
      if (first != null && first.entity() != entity) {
        String whose = first.entityName() == null ? "" : " (" + first.entityName() + ")";
        problems.add(at + ": '" + name + "' is already " + first.key() + whose);
      }
    }
  }
}
