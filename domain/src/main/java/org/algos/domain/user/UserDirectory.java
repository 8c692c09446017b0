package org.algos.domain.user;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Looks up user profiles. */
@Stateless
@PermitAll // asked during sign-in, before a role is known
public class UserDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<ClinicUser> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(em.find(ClinicUser.class, username));
    }
}
