package org.algos.careplan.education;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The education texts shipped with Algos, read once from the classpath. {@code texts/index.txt}
 * lists the codes in the order the catalogue shows them; each {@code texts/<code>.md} starts with
 * {@code title:}, {@code summary:} and {@code minutes:} lines, then a line {@code ---}, then the
 * text. The texts were written for this project as starter material; a clinic reviews them
 * before use (each ends by saying so).
 */
public final class EducationCatalogue {

    static final String FOLDER = "texts/";
    private static final List<EducationTopic> ALL = load();

    private EducationCatalogue() {
    }

    public static List<EducationTopic> all() {
        return ALL;
    }

    /** The topic with this code (ignoring case and surrounding blanks); empty when unknown. */
    public static Optional<EducationTopic> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return ALL.stream().filter(t -> t.code().equalsIgnoreCase(wanted)).findFirst();
    }

    static List<EducationTopic> load() {
        List<EducationTopic> topics = new ArrayList<>();
        for (String line : read(FOLDER + "index.txt").split("\n")) {
            String code = line.strip();
            if (!code.isEmpty() && !code.startsWith("#")) {
                topics.add(parse(code, read(FOLDER + code + ".md")));
            }
        }
        Map<String, String> titles = new HashMap<>();
        for (EducationTopic topic : topics) {
            String clash = titles.put(topic.title(), topic.code());
            if (clash != null) {
                throw new IllegalStateException("Education texts " + clash + " and " + topic.code() + " share a title");
            }
        }
        if (topics.stream().map(EducationTopic::code).distinct().count() != topics.size()) {
            throw new IllegalStateException("The education index lists a code twice");
        }
        return List.copyOf(topics);
    }

    /** Reads the header lines up to {@code ---}, then the body. */
    static EducationTopic parse(String code, String source) {
        String text = source.replace("\r\n", "\n");
        int separator = text.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalStateException("Education text " + code + " has no '---' line after its header");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String minutes = header.getOrDefault("minutes", "");
        if (!minutes.matches("\\d{1,2}")) {
            throw new IllegalStateException("Education text " + code + " needs 'minutes:' as a whole number");
        }
        return new EducationTopic(code, header.getOrDefault("title", ""), header.getOrDefault("summary", ""),
                Integer.parseInt(minutes), text.substring(separator + 5).strip(), TextOrigin.SHIPPED);
    }

    private static String read(String resource) {
        try (InputStream in = EducationCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing education resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
