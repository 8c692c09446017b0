package org.algos.web.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module's migrations follow the naming convention of docs/architecture.md, so that two
 * modules can never bring the same version: V1 to V10 as they were before the split, then
 * V{yyyymmdd}.{module number}.{n}__{what}.sql with the number of the module whose folder holds it;
 * beside them Flyway callbacks such as afterMigrate__{what}.sql, each name used once.
 */
class MigrationConventionTest {

    private static final Map<String, String> MODULE_NUMBERS = Map.of("domain", "1", "diagnosis", "2",
            "intervention", "3", "careplan", "4", "web", "9");
    private static final Pattern LEGACY = Pattern.compile("V([1-9]|10)__[a-z0-9_]+\\.sql");
    private static final Pattern DATED = Pattern.compile("V(\\d{8})\\.(\\d)\\.(\\d+)__[a-z0-9_]+\\.sql");
    /** A Flyway SQL callback (run on an event, not versioned), with the description that tells it apart. */
    private static final Pattern CALLBACK = Pattern.compile("(before|after)[A-Z][A-Za-z]*__[a-z0-9_]+\\.sql");
    private static final Pattern FOLDER = Pattern.compile(".*/db/migration/([a-z]+)/(common|h2|postgresql)/[^/]+");

    private static List<Path> migrations() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path module : modules.toList()) {
                Path root = module.resolve("src/main/resources/db/migration");
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(Files::isRegularFile).forEach(found::add);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyMigrationIsInItsModulesFolderAndNamedByTheConvention() throws IOException {
        List<Path> all = migrations();
        assertTrue(all.size() >= 11, () -> "the modules' migrations: " + all);
        for (Path file : all) {
            String path = file.toString().replace('\\', '/');
            Matcher folder = FOLDER.matcher(path);
            assertTrue(folder.matches(), path + " is not in db/migration/{module}/{common,h2,postgresql}");
            assertTrue(MODULE_NUMBERS.containsKey(folder.group(1)), path + ": unknown module folder " + folder.group(1));
            assertTrue(DatabaseMigrator.MODULES.contains(folder.group(1)), path + ": the migrator does not read " + folder.group(1));
            String name = file.getFileName().toString();
            if (CALLBACK.matcher(name).matches()) {
                continue;
            }
            Matcher dated = DATED.matcher(name);
            assertTrue(LEGACY.matcher(name).matches() || dated.matches(),
                    name + " is named neither V1..V10 nor V{yyyymmdd}.{module}.{n} nor as a callback (afterMigrate__{what})");
            if (dated.matches()) {
                assertEquals(MODULE_NUMBERS.get(folder.group(1)), dated.group(2), name + " carries another module's number");
            }
        }
    }

    @Test
    void noTwoModulesBringTheSameVersion() throws IOException {
        Map<String, String> moduleOfVersion = new HashMap<>();
        for (Path file : migrations()) {
            Matcher folder = FOLDER.matcher(file.toString().replace('\\', '/'));
            assertTrue(folder.matches(), file::toString);
            if (CALLBACK.matcher(file.getFileName().toString()).matches()) {
                continue;
            }
            String version = file.getFileName().toString().split("__")[0];
            String before = moduleOfVersion.putIfAbsent(version, folder.group(1));
            assertTrue(before == null || before.equals(folder.group(1)),
                    version + " is brought by both " + before + " and " + folder.group(1));
        }
    }

    /** Flyway refuses to start when two of the locations it reads hold callbacks of the same name. */
    @Test
    void noTwoFoldersOfOneDatabaseBringTheSameCallback() throws IOException {
        for (String vendor : List.of("h2", "postgresql")) {
            Map<String, Path> seen = new HashMap<>();
            for (Path file : migrations()) {
                Matcher folder = FOLDER.matcher(file.toString().replace('\\', '/'));
                String name = file.getFileName().toString();
                if (folder.matches() && CALLBACK.matcher(name).matches()
                        && (folder.group(2).equals("common") || folder.group(2).equals(vendor))) {
                    Path before = seen.putIfAbsent(name, file);
                    assertTrue(before == null, () -> name + " is in both " + before + " and " + file);
                }
            }
        }
    }
}
