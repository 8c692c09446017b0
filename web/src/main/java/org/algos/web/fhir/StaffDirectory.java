package org.algos.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.algos.domain.common.Like;
import org.algos.domain.common.Page;
import org.algos.domain.user.ClinicUser;
import org.algos.domain.user.Role;
import org.algos.web.kit.fhir.Practitioners;

/**
 * The clinicians, as FHIR sees them: who works in the clinic is no patient's data, so every
 * signed-in role may look them up; administrators and auditors are not practitioners and patient
 * accounts never appear.
 */
@Stateless
@RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE,
        Role.PATIENT_ROLE, Role.ADMIN_ROLE, Role.AUDITOR_ROLE})
public class StaffDirectory {

    static final List<Role> CLINICIANS = List.of(Role.PHYSICIAN, Role.NURSE, Role.PHYSIOTHERAPIST, Role.PSYCHOLOGIST);

    @PersistenceContext
    private EntityManager em;

    /** The clinician with this Practitioner id (see {@link Practitioners#id}). */
    public Optional<ClinicUser> clinician(String practitionerId) {
        ClinicUser named = em.find(ClinicUser.class, practitionerId);
        if (named != null) {
            return Optional.of(named).filter(u -> CLINICIANS.contains(u.role()));
        }
        if (!practitionerId.startsWith("u-")) {
            return Optional.empty();
        }
        // A hashed id: a clinic has tens to hundreds of clinicians, hashing their names is cheap.
        return em.createQuery("select u from ClinicUser u where u.role in :roles", ClinicUser.class)
                .setParameter("roles", CLINICIANS).getResultStream()
                .filter(u -> Practitioners.id(u.username()).equals(practitionerId)).findFirst();
    }

    /** Clinicians whose display name contains {@code name} (any case), or all; by display name, paged. */
    public Page<ClinicUser> search(String name, String username, int page, int size) {
        Page.checkRequest(page, size);
        String where = " where u.role in :roles"
                + (name == null ? "" : " and lower(u.displayName) like :name escape '\\'")
                + (username == null ? "" : " and u.username = :username");
        TypedQuery<ClinicUser> items = em.createQuery("select u from ClinicUser u" + where
                + " order by u.displayName, u.username", ClinicUser.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from ClinicUser u" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("roles", CLINICIANS);
            if (name != null) {
                q.setParameter("name", "%" + Like.literal(name.toLowerCase(Locale.ROOT)) + "%");
            }
            if (username != null) {
                q.setParameter("username", username);
            }
        }
        return new Page<>(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
