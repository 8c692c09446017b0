package org.algos.web.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.algos.domain.testkit.InMemoryDatabase;

/** The whole clinic's tables and entities for JPA tests that cross the feature modules, as the WAR has them. */
public final class WholeClinic {

    private WholeClinic() {
    }

    public static InMemoryDatabase database() {
        return InMemoryDatabase.forModules(List.of("diagnosis", "intervention", "careplan"), entities());
    }

    /** Every entity of web's persistence unit, as persistence.xml lists them. */
    public static List<Class<?>> entities() {
        try (InputStream in = WholeClinic.class.getResourceAsStream("/META-INF/persistence.xml")) {
            Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            List<Class<?>> entities = new ArrayList<>();
            while (m.find()) {
                entities.add(Class.forName(m.group(1).strip()));
            }
            return entities;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("persistence.xml lists a class that is not there", e);
        }
    }
}
