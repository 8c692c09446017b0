package org.algos.web.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.algos.domain.message.PatientMessage;
import org.algos.domain.message.PatientMessages;
import org.algos.domain.patient.PatientContacts;
import org.algos.domain.port.RequestReminders;
import org.algos.web.document.ClinicLetterhead;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's sender, every {@code algos.reminders.interval-seconds} (60): queues what the
 * questionnaire requests call for today, then sends what is due in the outbox, one message at a
 * time with no transaction held while the SMTP server answers. A failure is retried later (the
 * message keeps the error); the patient's consent and address are read again just before each
 * message goes, so taking consent back stops what is still waiting. Nothing runs without an SMTP
 * host: without one the outbox stays empty rather than filling with what cannot be sent.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class.getName());
    private static final int BATCH = 50;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private SmtpSettings smtp;

    @Inject
    private RequestReminders requests;

    @Inject
    private PatientMessages outbox;

    @Inject
    private PatientContacts contacts;

    @Inject
    private ClinicLetterhead clinic;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "algos.reminders.interval-seconds", defaultValue = "60")
    private long intervalSeconds;

    @Inject
    @ConfigProperty(name = "algos.reminders.days-before-close", defaultValue = "3")
    private int daysBeforeClose;

    @Inject
    @ConfigProperty(name = "algos.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        if (!smtp.isConfigured()) {
            LOG.info("E-mail reminders are off: no SMTP server configured (ALGOS_SMTP_HOST)");
            return;
        }
        LOG.info(() -> "E-mail reminders through " + smtp.describe() + " every " + intervalSeconds + " s");
        schedule = scheduler.scheduleWithFixedDelay(this::run, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void run() {
        try {
            requests.queueDue(LocalDate.now(clock.withZone(ZoneOffset.UTC)), daysBeforeClose, BATCH);
            List<PatientMessage> due;
            do {
                due = outbox.due(BATCH);
                Session session = smtp.session();
                due.forEach(message -> send(session, message));
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail reminders: this round stopped and is tried again at the next", e);
        }
    }

    private void send(Session session, PatientMessage message) {
        Optional<String> to = contacts.reachable(message.patientId());
        if (to.isEmpty()) {
            outbox.cancelled(message.id(), "no e-mail address with consent to reminders");
            return;
        }
        ReminderText text = ReminderText.of(message.kind(), message.closesOn(), clinic.name(), signInLink());
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(smtp.from(), clinic.name(), StandardCharsets.UTF_8.name()));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to.get(), true));
            mail.setSubject(text.subject(), StandardCharsets.UTF_8.name());
            mail.setText(text.body(), StandardCharsets.UTF_8.name());
            mail.setSentDate(Date.from(clock.instant()));
            Transport.send(mail);
            outbox.sent(message.id(), to.get(), text.subject(), text.body());
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            LOG.log(Level.INFO, () -> "E-mail reminder " + message.id() + " not sent, to be tried again: " + e);
            outbox.failed(message.id(), to.get(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String signInLink() {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "app/me.xhtml";
    }
}
