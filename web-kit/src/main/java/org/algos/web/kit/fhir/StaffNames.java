package org.algos.web.kit.fhir;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.UserDirectory;

/** A staff account's display name for the {@code display} of its Practitioner reference; null when unknown. */
@Dependent
public class StaffNames implements Function<String, String> {

    @Inject
    private UserDirectory users;

    @Override
    public String apply(String username) {
        return users.find(username).map(ClinicUser::displayName).orElse(null);
    }
}
