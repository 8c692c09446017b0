package org.algos.diagnosis.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.algos.domain.message.MessageKind;
import org.algos.domain.message.PatientMessages;
import org.algos.domain.port.RequestReminders;

/**
 * Decides which questionnaire requests the patient is told about by e-mail: an open, unanswered
 * request of a patient who consents, once when it opens (its {@code opensOn}, or when it was made)
 * and once when it closes within a few days, if the first notice went on an earlier day. Each
 * notice is marked on the request in the same transaction as its message is queued, so a request
 * never gives two messages of a kind, whatever the sender does afterwards.
 */
@Stateless
@LocalBean
@Local(RequestReminders.class) // offered to the clinic's sender in web through the domain port
public class RequestNotices implements RequestReminders {

    private static final String CONSENTING = " from QuestionnaireAssignment q, PatientContact c"
            + " where c.patientId = q.patientId and c.emailReminders = true and c.email is not null"
            + " and q.completedAt is null and q.dueOn >= :today";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PatientMessages messages;

    @Override
    @PermitAll // the sender runs with no caller; what it reads never leaves the clinic's outbox
    public int queueDue(LocalDate today, int daysBeforeClose, int limit) {
        int queued = 0;
        List<QuestionnaireAssignment> opened = em.createQuery("select q" + CONSENTING
                        + " and q.openedNoticeOn is null and (q.opensOn is null or q.opensOn <= :today)"
                        + " order by q.id", QuestionnaireAssignment.class)
                .setParameter("today", today).setMaxResults(limit).getResultList();
        for (QuestionnaireAssignment request : opened) {
            request.openedNoticeQueued(today);
            queued += queue(request, MessageKind.REQUEST_OPENED, "opened");
        }
        List<QuestionnaireAssignment> closing = em.createQuery("select q" + CONSENTING
                        + " and q.openedNoticeOn < :today and q.closingNoticeOn is null and q.dueOn <= :soon"
                        + " order by q.id", QuestionnaireAssignment.class)
                .setParameter("today", today).setParameter("soon", today.plusDays(daysBeforeClose))
                .setMaxResults(limit).getResultList();
        for (QuestionnaireAssignment request : closing) {
            request.closingNoticeQueued(today);
            queued += queue(request, MessageKind.REQUEST_CLOSING, "closing");
        }
        return queued;
    }

    private int queue(QuestionnaireAssignment request, MessageKind kind, String what) {
        String reference = "questionnaire-request:" + request.id() + ":" + what;
        return messages.queue(request.patientId(), kind, reference, request.dueOn()) ? 1 : 0;
    }
}
