package org.algos.intervention.offer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.algos.domain.access.CallerContext;
import org.algos.domain.audit.AuditAction;
import org.algos.domain.audit.AuditRecord;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.common.Clocks;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.user.Role;
import org.algos.intervention.catalogue.Procedure;

/**
 * The procedures this clinic offers. Every procedure of the catalogue is offered until an
 * administrator switches it off; then scheduling no longer lists it and a booking is refused
 * (history of a procedure done elsewhere can still be recorded). Each change is audited.
 */
@Stateless
public class ClinicOffer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The procedures offered now: one query, whatever the catalogue's size. */
    @PermitAll
    public Set<Procedure> offered() {
        Set<Procedure> offered = EnumSet.allOf(Procedure.class);
        em.createQuery("select o.procedure from ProcedureOffer o where o.offered = false", String.class)
                .getResultList().forEach(code -> Procedure.fromCode(code).ifPresent(offered::remove));
        return offered;
    }

    @PermitAll
    public boolean isOffered(Procedure procedure) {
        ProcedureOffer offer = em.find(ProcedureOffer.class, procedure.code());
        return offer == null || offer.offered();
    }

    /** Switches a procedure on or off for this clinic. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void setOffered(String code, boolean offered) {
        Procedure procedure = Procedure.fromCode(code)
                .orElseThrow(() -> InvalidInputException.of("procedure", Procedure.unknownCodeMessage()));
        String by = callers.current().username();
        ProcedureOffer offer = em.find(ProcedureOffer.class, procedure.code());
        if (offer == null) {
            em.persist(new ProcedureOffer(procedure.code(), offered, by, Clocks.nowUtc(clock)));
        } else {
            offer.change(offered, by, Clocks.nowUtc(clock));
        }
        audit.record(callers.current(), AuditRecord.success(AuditAction.UPDATE, null, "ProcedureOffer/"
                + procedure.code(), "administration", procedure.displayName() + (offered ? " offered" : " no longer offered"),
                false));
    }
}
