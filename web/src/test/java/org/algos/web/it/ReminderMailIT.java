package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * E-mail reminders end to end, through a real SMTP server (GreenMail) that the H2 server of the
 * build sends to ({@code ALGOS_SMTP_*}, a round every second): the address and the consent as the
 * care team or the patient records them, the message that goes when a questionnaire request
 * opens, what it says and does not say, and its record.
 */
class ReminderMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static GreenMail smtp;

    private final Clinic clinic = Clinic.builtIn();
    private final ApiClient drLee = clinic.as("dr.lee");

    @BeforeAll
    static void startSmtpServer() {
        int port = Integer.parseInt(System.getProperty("algos.it.smtpPort", "18025"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void theAddressAndConsentAreCheckedAndVersioned() {
        TestPatient p = clinic.newPatient("Ines", "Contact");
        String contact = p.path() + "/contact";
        ApiClient.Reply none = drLee.get(contact);
        assertEquals(200, none.status(), none::toString);
        assertFalse(none.json().getBoolean("emailReminders"), "nobody consents by default");
        assertEquals("\"0\"", none.etag().orElseThrow().replace("W/", ""));

        assertEquals(428, drLee.put(contact, "{\"email\":\"ines@example.org\",\"emailReminders\":true}", null).status());
        ApiClient.Reply noAddress = drLee.put(contact, "{\"email\":null,\"emailReminders\":true}", "\"0\"");
        assertEquals(400, noAddress.status(), noAddress::toString);
        assertEquals("emailReminders", firstField(noAddress));
        ApiClient.Reply bad = drLee.put(contact, "{\"email\":\"ines.example.org\",\"emailReminders\":false}", "\"0\"");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("email", firstField(bad));
        ApiClient.Reply unknown = drLee.put(contact, "{\"email\":\"ines@example.org\",\"emailReminders\":true,"
                + "\"phone\":\"555\"}", "\"0\"");
        assertEquals(400, unknown.status(), "an unknown field is refused, not dropped: " + unknown);

        ApiClient.Reply saved = drLee.put(contact, "{\"email\":\" Ines@Example.org \",\"emailReminders\":true}", "\"0\"");
        assertEquals(200, saved.status(), saved::toString);
        assertEquals("dr.lee", saved.json().getString("changedBy"));
        ApiClient.Reply stale = drLee.put(contact, "{\"email\":\"other@example.org\",\"emailReminders\":true}", "\"0\"");
        assertEquals(409, stale.status(), "a change from an old version is detected: " + stale);
        assertTrue(drLee.get(contact).json().getString("email").toLowerCase(Locale.ROOT).endsWith("@example.org"));

        ApiClient outsider = clinic.as("dr.okafor");
        assertEquals(403, outsider.get(contact).status(), "the address is read by the care team only");
        assertTrue(clinic.auditEvents(p.id()).stream().anyMatch(e -> e.getString("username").equals("dr.lee")
                && e.getString("detail", "").contains("reminders on")), "the consent given is audited");
    }

    @Test
    void aConsentingPatientIsEmailedALinkAndNothingClinicalWhenARequestOpens() throws Exception {
        TestPatient declined = clinic.newPatient("Noor", "Declined");
        TestPatient consents = clinic.newPatient("Rosa", "Whitlock");
        String declinedAddress = "noor." + Clinic.unique() + "@example.org";
        String address = "rosa." + Clinic.unique() + "@example.org";
        consent(declined, declinedAddress, false);
        consent(consents, address, true);
        LocalDate closes = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        request(declined, closes);
        request(consents, closes);

        MimeMessage mail = awaitMailTo(address);
        assertEquals("reminders@clinic.example", ((InternetAddress) mail.getFrom()[0]).getAddress());
        String body = GreenMailUtil.getBody(mail);
        String text = (mail.getSubject() + "\n" + body).toLowerCase(Locale.ROOT);
        assertTrue(body.contains("/app/me.xhtml"), "the message links to the patient's sign-in: " + body);
        for (String secret : List.of("phq", "questionnaire", "depression", "rosa", consents.familyName(), consents.mrn(),
                "dr.", "lee")) {
            assertFalse(text.contains(secret.toLowerCase(Locale.ROOT)), "the e-mail must not say \"" + secret + "\"");
        }

        JsonObject sent = drLee.get(consents.path() + "/messages").json().getJsonArray("items").getJsonObject(0);
        assertEquals("request-opened", sent.getString("kind"));
        assertEquals("sent", sent.getString("status"));
        assertEquals(address, sent.getString("recipient"));
        assertEquals(closes.toString(), sent.getString("closesOn"));
        assertEquals(mail.getSubject(), sent.getString("subject"));
        assertTrue(clinic.auditEvents(consents.id()).stream().anyMatch(e -> e.getString("username")
                .equals("algos-messages") && e.getString("detail", "").contains("e-mail sent")), "sending is audited");

        // The declined patient's request was made first, so the round that mailed Rosa saw it too.
        assertEquals(0, drLee.get(declined.path() + "/messages").json().getInt("total"),
                "no message for a patient without consent");
        assertFalse(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> addressedTo(m, declinedAddress)));
    }

    private void consent(TestPatient patient, String address, boolean reminders) {
        ApiClient.Reply r = drLee.put(patient.path() + "/contact", "{\"email\":\"" + address + "\",\"emailReminders\":"
                + reminders + "}", "\"0\"");
        assertEquals(200, r.status(), r::toString);
    }

    private void request(TestPatient patient, LocalDate dueOn) {
        ApiClient.Reply r = drLee.post(patient.path() + "/questionnaire-assignments",
                "{\"instrument\":\"PHQ9\",\"dueOn\":\"" + dueOn + "\"}");
        assertEquals(201, r.status(), r::toString);
    }

    /** Waits for the server's next rounds until a message to {@code address} arrives. */
    private static MimeMessage awaitMailTo(String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (addressedTo(m, address)) {
                    return m;
                }
            }
            smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + address + " within " + PATIENCE.toSeconds() + " s");
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstField(ApiClient.Reply problem) {
        assertTrue(problem.isProblem(), problem::toString);
        return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
