package org.algos.web.fhir;

import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.HumanName;

/**
 * An account's one display name ("Dr. Petra Novak, PsyD") as a FHIR name: US Core needs a family
 * name, which Algos does not keep apart, so the last word before any comma is taken as the
 * family, a leading title ("Dr", "Nurse") as prefix, what follows a comma as suffixes, and the whole display name
 * stays as {@code text}.
 */
final class PersonName {

    private static final List<String> PREFIXES = List.of("dr", "dr.", "prof", "prof.", "nurse");

    private PersonName() {
    }

    static HumanName of(String displayName) {
        HumanName name = new HumanName().setText(displayName).setUse(HumanName.NameUse.OFFICIAL);
        String[] parts = displayName.split(",");
        Arrays.stream(parts).skip(1).map(String::strip).filter(s -> !s.isEmpty()).forEach(name::addSuffix);
        List<String> words = List.of(parts[0].strip().split("\\s+"));
        int first = 0;
        while (first < words.size() - 1 && PREFIXES.contains(words.get(first).toLowerCase(java.util.Locale.ROOT))) {
            name.addPrefix(words.get(first++));
        }
        name.setFamily(words.get(words.size() - 1).isEmpty() ? displayName : words.get(words.size() - 1));
        words.subList(first, words.size() - 1).forEach(name::addGiven);
        return name;
    }
}
