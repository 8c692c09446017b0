package org.algos.web.reminder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.algos.domain.message.MessageKind;
import org.junit.jupiter.api.Test;

/** A reminder says where to sign in and when the request closes, and nothing about health. */
class ReminderTextTest {

    private static final String LINK = "https://pain.example.org/app/me.xhtml";

    @Test
    void bothKindsCarryTheSignInLinkAndTheClosingDay() {
        for (MessageKind kind : MessageKind.values()) {
            ReminderText text = ReminderText.of(kind, LocalDate.of(2026, 6, 30), "Riverside Pain Clinic", LINK);
            assertTrue(text.subject().startsWith("Riverside Pain Clinic: "), text.subject());
            assertTrue(text.body().contains("\n" + LINK + "\n"), text.body());
            assertTrue(text.body().contains("until 30 June 2026"), text.body());
            assertTrue(text.body().contains("turn these reminders off"), "how to stop them");
        }
    }

    @Test
    void noClinicalWordIsInAnyReminder() {
        for (MessageKind kind : MessageKind.values()) {
            ReminderText text = ReminderText.of(kind, LocalDate.of(2026, 6, 30), "Algos pain clinic", LINK);
            String all = (text.subject() + " " + text.body()).toLowerCase(Locale.ROOT);
            for (String word : new String[] {"questionnaire", "pain score", "procedure", "ablation", "injection",
                    "peg", "odi", "ndi", "phq", "opioid", "doctor", "diagnos", "treatment", "follow-up"}) {
                assertFalse(all.contains(word), kind + " mentions " + word + ": " + all);
            }
        }
    }
}
