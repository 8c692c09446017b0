package org.algos.web.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.algos.domain.message.MessageKind;

/**
 * What a reminder says. E-mail is read on shared screens and kept by mail providers, so it says
 * nothing about the patient's health: no questionnaire, procedure or clinician, not even the
 * patient's name; only that something waits in the patient's area, when it closes, and the
 * link to sign in.
 */
public record ReminderText(String subject, String body) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    public static ReminderText of(MessageKind kind, LocalDate closesOn, String clinic, String signInLink) {
        String closes = closesOn == null ? "" : " It stays open until " + DAY.format(closesOn) + ".";
        return switch (kind) {
            case REQUEST_OPENED -> new ReminderText(clinic + ": something new in your patient area",
                    "Hello,\n\nThere is something new for you in your patient area at " + clinic + "." + closes
                            + "\n\nPlease sign in to see it:\n" + signInLink + "\n\n" + footer(clinic));
            case REQUEST_CLOSING -> new ReminderText(clinic + ": a reminder about your patient area",
                    "Hello,\n\nA request in your patient area at " + clinic + " is still waiting for you." + closes
                            + "\n\nPlease sign in to see it:\n" + signInLink + "\n\n" + footer(clinic));
        };
    }

    private static String footer(String clinic) {
        return "This message was sent by " + clinic + " because you asked to be reminded by e-mail. You can turn"
                + " these reminders off in your patient area, under \"E-mail reminders\". Please do not reply to"
                + " this message.";
    }
}
