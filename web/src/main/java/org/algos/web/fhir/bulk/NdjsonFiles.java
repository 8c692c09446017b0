package org.algos.web.fhir.bulk;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;

/**
 * The files of one export, one per resource type ({@code Observation.ndjson}): each resource on
 * one line, written as it comes, so an export of any size holds one page of resources in memory.
 * Only the types asked for are written; a type with no resource gets no file (the IG leaves such
 * types out of the manifest).
 */
final class NdjsonFiles implements Closeable {

    private final Path directory;
    private final List<String> types;
    private final IParser json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
    private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    NdjsonFiles(Path directory, List<String> types) {
        this.directory = directory;
        this.types = types;
    }

    static String fileName(String type) {
        return type + ".ndjson";
    }

    void write(Resource resource) {
        String type = resource.fhirType();
        if (!types.contains(type)) {
            return;
        }
        try {
            BufferedWriter out = writers.get(type);
            if (out == null) {
                Files.createDirectories(directory);
                out = Files.newBufferedWriter(directory.resolve(fileName(type)), StandardCharsets.UTF_8);
                writers.put(type, out);
            }
            out.write(json.encodeResourceToString(resource));
            out.write('\n');
            counts.merge(type, 1, Integer::sum);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the " + type + " file of the export", e);
        }
    }

    /** Resources written per type, in the order of the types asked for. */
    Map<String, Integer> counts() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        types.stream().filter(counts::containsKey).forEach(t -> ordered.put(t, counts.get(t)));
        return ordered;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (BufferedWriter out : writers.values()) {
            try {
                out.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Deletes an export's directory and its files, if any. */
    static void delete(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}
