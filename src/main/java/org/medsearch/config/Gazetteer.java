package org.medsearch.config;

import java.util.List;
import java.util.stream.Stream;

/**
 * The institution gazetteer ({@code index-config/institutions.yaml}): every institution with all
 * the names a document may call it by.
 *
 * @param ignore phrases that contain a name but do not mean the institution (应急管理部门,
 *     "emergency management departments", is not 应急管理部); matched like names, counted as none
 * @param entities the institutions
 */
public record Gazetteer(List<String> ignore, List<Institution> entities) {
  public Gazetteer {
    ignore = orEmpty(ignore);
    entities = orEmpty(entities);
  }

  /**
   * One institution.
   *
   * @param name the canonical name shown in facets: the official Chinese name (for a foreign
   *     institution, its usual Chinese name); also matched
   * @param namesZh other Chinese names (full official forms, common short forms)
   * @param namesEn English names, matched case-insensitively
   * @param formerNames earlier names in either language, matched like the current ones
   * @param abbreviations acronyms and short forms, matched case-sensitively ("WHO", not "who")
   */
  public record Institution(
      String name, List<String> namesZh, List<String> namesEn, List<String> formerNames, List<String> abbreviations) {
    public Institution {
      namesZh = orEmpty(namesZh);
      namesEn = orEmpty(namesEn);
      formerNames = orEmpty(formerNames);
      abbreviations = orEmpty(abbreviations);
    }

    /** Every name matched case-insensitively: the canonical name, Chinese, English and former names. */
    public List<String> names() {
      return Stream.of(Stream.of(name), namesZh.stream(), namesEn.stream(), formerNames.stream())
          .flatMap(s -> s)
          .toList();
    }
  }

  // A list the file leaves out is empty; a null item is kept for the loader to report by its index.
  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().toList();
  }
}
