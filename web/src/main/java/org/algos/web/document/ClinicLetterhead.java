package org.algos.web.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic as its documents name it, from configuration: {@code algos.clinic.name},
 * {@code algos.clinic.address} (lines separated by {@code ;}), {@code algos.clinic.phone} and
 * {@code algos.clinic.email} (environment: {@code ALGOS_CLINIC_NAME} and so on).
 */
@ApplicationScoped
public class ClinicLetterhead {

    @Inject
    @ConfigProperty(name = "algos.clinic.name", defaultValue = "Algos pain clinic")
    String name;

    @Inject
    @ConfigProperty(name = "algos.clinic.address")
    Optional<String> address;

    @Inject
    @ConfigProperty(name = "algos.clinic.phone")
    Optional<String> phone;

    @Inject
    @ConfigProperty(name = "algos.clinic.email")
    Optional<String> email;

    public String name() {
        return name.strip();
    }

    public Optional<String> phone() {
        return phone.map(String::strip).filter(p -> !p.isEmpty());
    }

    public Optional<String> email() {
        return email.map(String::strip).filter(e -> !e.isEmpty());
    }

    public List<String> addressLines() {
        return address.map(a -> Arrays.stream(a.split(";")).map(String::strip).filter(l -> !l.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Name, address and how to reach the clinic, one line each, as the first page's letterhead. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(name());
        lines.addAll(addressLines());
        List<String> reach = new ArrayList<>();
        phone().ifPresent(p -> reach.add("Phone " + p));
        email().ifPresent(reach::add);
        if (!reach.isEmpty()) {
            lines.add(String.join(" · ", reach));
        }
        return String.join("\n", lines);
    }
}
