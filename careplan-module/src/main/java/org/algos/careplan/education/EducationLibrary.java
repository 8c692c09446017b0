package org.algos.careplan.education;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.ConflictException;
import org.algos.domain.common.FieldErrors;
import org.algos.domain.common.NotFoundException;
import org.algos.domain.common.Page;
import org.algos.domain.user.Role;

/**
 * All education texts: the ones shipped with Algos and the clinic's own. The clinic's are written
 * by an administrator or a clinician, approved by another clinician, and withdrawn when they
 * should no longer be given; only shipped and approved texts can be given to a patient. Each
 * change is audited. None of this is patient data.
 */
@Stateless
public class EducationLibrary {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The texts the team can give: the shipped ones in catalogue order, then the clinic's approved ones by title. */
    @PermitAll
    public List<EducationTopic> assignable() {
        List<EducationTopic> all = new ArrayList<>(EducationCatalogue.all());
        em.createQuery("select t from ClinicText t where t.status = :approved order by t.title", ClinicText.class)
                .setParameter("approved", ClinicTextStatus.APPROVED).getResultList()
                .forEach(t -> all.add(t.topic()));
        return all;
    }

    /** A text that can be given, by its code (ignoring case and surrounding blanks). */
    @PermitAll
    public Optional<EducationTopic> assignable(String code) {
        return find(code).filter(t -> t.origin() == TextOrigin.SHIPPED || clinicText(t.code())
                .map(c -> c.status() == ClinicTextStatus.APPROVED).orElse(false));
    }

    /**
     * The texts with these codes, whatever their status (a withdrawn text stays readable by the
     * patients given it): one query for the clinic's, none for the shipped ones.
     */
    @PermitAll
    public Map<String, EducationTopic> resolve(Collection<String> codes) {
        Map<String, EducationTopic> found = new HashMap<>();
        Set<String> clinic = new HashSet<>();
        for (String code : codes) {
            EducationCatalogue.find(code).ifPresentOrElse(t -> found.put(code, t), () -> clinic.add(code));
        }
        if (!clinic.isEmpty()) {
            em.createQuery("select t from ClinicText t where t.code in :codes", ClinicText.class)
                    .setParameter("codes", clinic).getResultList().forEach(t -> found.put(t.code(), t.topic()));
        }
        return found;
    }

    /** The clinic's own texts, drafts first (they wait for approval), then approved, then withdrawn, by title. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE,
            Role.PSYCHOLOGIST_ROLE})
    public Page<ClinicText> clinicTexts(int page, int size) {
        Page.checkRequest(page, size);
        // Status is stored by name: DRAFT < APPROVED < WITHDRAWN is not alphabetical, so order by a case.
        List<ClinicText> items = em.createQuery("select t from ClinicText t order by case t.status"
                        + " when :draft then 0 when :approved then 1 else 2 end, t.title", ClinicText.class)
                .setParameter("draft", ClinicTextStatus.DRAFT).setParameter("approved", ClinicTextStatus.APPROVED)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(t) from ClinicText t", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** How many drafts wait for a clinician's approval. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE,
            Role.PSYCHOLOGIST_ROLE})
    public long draftsWaiting() {
        return em.createQuery("select count(t) from ClinicText t where t.status = :draft", Long.class)
                .setParameter("draft", ClinicTextStatus.DRAFT).getSingleResult();
    }

    /** One of the clinic's texts in any status. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE,
            Role.PSYCHOLOGIST_ROLE})
    public ClinicText clinicTextOrThrow(String code) {
        return clinicText(code).orElseThrow(() -> new NotFoundException("No education text of the clinic " + code));
    }

    /** Writes a new draft. The code and the title must not be taken, by a shipped text or the clinic's. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE,
            Role.PSYCHOLOGIST_ROLE})
    public ClinicText write(TextDraft draft) {
        FieldErrors errors = new FieldErrors();
        TextDraft checked = draft.checked(errors);
        if (checked.code() != null) {
            find(checked.code()).ifPresent(taken -> errors.add("code", "is already used by \"" + taken.title() + "\""));
        }
        requireFreeTitle(checked.title(), null, errors);
        errors.throwIfAny();
        ClinicText text = new ClinicText(checked, callers.current().username(), Clocks.nowUtc(clock));
        em.persist(text);
        flushOrConflict(checked.title());
        record(AuditAction.CREATE, text, "draft written");
        return text;
    }

    /** Changes a draft; {@code version} is the one the author read. The code stays. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE,
            Role.PSYCHOLOGIST_ROLE})
    public ClinicText revise(String code, long version, TextDraft draft) {
        ClinicText text = current(code, version);
        FieldErrors errors = new FieldErrors();
        TextDraft checked = new TextDraft(text.code(), draft.title(), draft.summary(), draft.minutes(),
                draft.markdown()).checked(errors);
        requireFreeTitle(checked.title(), text.code(), errors);
        errors.throwIfAny();
        text.revise(checked, Clocks.nowUtc(clock));
        flushOrConflict(checked.title());
        record(AuditAction.UPDATE, text, "draft changed");
        return text;
    }

    /** A clinician other than the author approves the draft: from now on it can be given to patients. */
    @RolesAllowed({Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE, Role.PSYCHOLOGIST_ROLE})
    public ClinicText approve(String code, long version) {
        ClinicText text = current(code, version);
        text.approve(callers.current().username(), Clocks.nowUtc(clock));
        record(AuditAction.UPDATE, text, "approved");
        return text;
    }

    /** No longer given to patients (or a draft discarded); those who were given it can still read it. */
    @RolesAllowed({Role.ADMIN_ROLE, Role.PHYSICIAN_ROLE, Role.NURSE_ROLE, Role.PHYSIOTHERAPIST_ROLE,
            Role.PSYCHOLOGIST_ROLE})
    public ClinicText withdraw(String code, long version) {
        ClinicText text = current(code, version);
        text.withdraw(callers.current().username(), Clocks.nowUtc(clock));
        record(AuditAction.UPDATE, text, "withdrawn");
        return text;
    }

    private Optional<EducationTopic> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return EducationCatalogue.find(code).or(() -> clinicText(code).map(ClinicText::topic));
    }

    private Optional<ClinicText> clinicText(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : Optional.ofNullable(em.find(ClinicText.class, code.strip().toLowerCase(Locale.ROOT)));
    }

    private ClinicText current(String code, long version) {
        ClinicText text = clinicTextOrThrow(code);
        if (text.version() != version) {
            throw new ConflictException("\"" + text.title() + "\" was changed by someone else (version "
                    + text.version() + ", you read " + version + "); reload it and try again.");
        }
        return text;
    }

    private void requireFreeTitle(String title, String ownCode, FieldErrors errors) {
        if (title == null) {
            return;
        }
        Set<String> shipped = EducationCatalogue.all().stream().map(EducationTopic::title).collect(Collectors.toSet());
        boolean taken = shipped.contains(title) || !em.createQuery("select t.code from ClinicText t"
                        + " where t.title = :title and t.code <> :own", String.class)
                .setParameter("title", title).setParameter("own", ownCode == null ? "" : ownCode).getResultList()
                .isEmpty();
        if (taken) {
            errors.add("title", "is already the title of another education text");
        }
    }

    /** Two authors taking the same code or title at once: the keys keep one. */
    private void flushOrConflict(String title) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException) {
                throw e;
            }
            throw new ConflictException("Another education text with this code or the title \"" + title
                    + "\" was just written by someone else.");
        }
    }

    private void record(AuditAction action, ClinicText text, String what) {
        audit.record(callers.current(), AuditRecord.success(action, null, "EducationText/" + text.code(),
                "administration", "education text \"" + text.title() + "\" " + what, false));
    }
}
