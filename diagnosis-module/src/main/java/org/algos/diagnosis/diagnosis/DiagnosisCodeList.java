package org.algos.diagnosis.diagnosis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The diagnosis codes clinicians pick from: {@code diagnosis-codes.tsv} beside this class, a
 * curated subset of ICD-10-CM (NCHS, FY2025) for pain medicine and the ICD-11 chronic pain
 * codes MG30.0–MG30.Z. Small enough to keep in memory and search by scanning.
 */
public final class DiagnosisCodeList {

    private static final List<DiagnosisCode> CODES = load();

    private DiagnosisCodeList() {
    }

    public static List<DiagnosisCode> all() {
        return CODES;
    }

    public static Optional<DiagnosisCode> find(String system, String code) {
        return CODES.stream().filter(c -> c.system().equalsIgnoreCase(system) && c.code().equalsIgnoreCase(code))
                .findFirst();
    }

    /** Codes whose code starts with the text, or whose title contains every word of it. */
    public static List<DiagnosisCode> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return CODES.stream().limit(limit).toList();
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<String> words = Arrays.asList(needle.split("\\s+"));
        return CODES.stream()
                .filter(c -> c.code().toLowerCase(Locale.ROOT).startsWith(needle)
                        || words.stream().allMatch(w -> c.title().toLowerCase(Locale.ROOT).contains(w)))
                .limit(limit)
                .toList();
    }

    private static List<DiagnosisCode> load() {
        try (InputStream in = DiagnosisCodeList.class.getResourceAsStream("diagnosis-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("diagnosis-codes.tsv is missing from the diagnosis module");
            }
            List<DiagnosisCode> codes = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                codes.add(new DiagnosisCode(columns[0], columns[1], columns[2]));
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
