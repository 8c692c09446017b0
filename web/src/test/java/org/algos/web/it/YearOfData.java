package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A year of a patient's history, written through the API as the clinic would: the diary every
 * day by the patient's own account; monthly ODI, PHQ-9, GAD-7, PCS and a pain assessment with a
 * body map; diagnoses, imaging, two medial branch blocks, a radiofrequency ablation with its
 * follow-ups, three medications (over 50 MME/day, with an anticoagulant) and a care plan with goals.
 */
final class YearOfData {

    private YearOfData() {
    }

    static void write(Clinic clinic, TestPatient patient, Clinic.PatientAccount account, LocalDate today) {
        ApiClient drLee = clinic.as("dr.lee");
        String path = patient.path();
        for (int d = 0; d < 365; d++) {
            created(account.api().put(path + "/diary", "{\"date\":\"" + today.minusDays(d) + "\",\"pain\":" + (d * 7 % 11)
                    + ",\"sleepHours\":6.5,\"activityMinutes\":" + (d % 90) + ",\"medicationTaken\":\"as prescribed\"}", null));
        }
        for (int m = 0; m < 12; m++) {
            String at = today.minusMonths(11 - m).atStartOfDay() + ":00Z";
            int v = 4 - m / 3;
            int w = Math.min(v, 3);
            created(drLee.post(path + "/assessments", "{\"instrument\":\"ODI\",\"takenAt\":\"" + at + "\",\"answers\":{"
                    + answers(10, v) + "}}"));
            created(drLee.post(path + "/assessments", "{\"instrument\":\"PHQ9\",\"takenAt\":\"" + at + "\",\"answers\":{"
                    + answers(8, w) + ",\"9\":0}}"));
            created(drLee.post(path + "/assessments", "{\"instrument\":\"GAD7\",\"takenAt\":\"" + at + "\",\"answers\":{"
                    + answers(7, w) + "}}"));
            created(drLee.post(path + "/assessments", "{\"instrument\":\"PCS\",\"takenAt\":\"" + at + "\",\"answers\":{"
                    + answers(13, v) + "}}"));
            created(drLee.post(path + "/pain-assessments", "{\"nrsNow\":" + (8 - m / 3) + ",\"nrsWorst\":8,\"nrsAverage\":"
                    + (7 - m / 3) + ",\"painType\":\"mixed\",\"onsetDate\":\"" + today.minusMonths(14) + "\",\"bodyMap\":["
                    + "{\"region\":\"lower_back\",\"side\":\"bilateral\",\"intensity\":7},"
                    + "{\"region\":\"thigh\",\"side\":\"left\",\"intensity\":4}]}"));
        }
        for (String code : new String[] {"M54.50", "M54.51"}) {
            created(drLee.post(path + "/diagnoses", "{\"system\":\"ICD10CM\",\"code\":\"" + code + "\"}"));
        }
        for (int months : new int[] {10, 4}) {
            LocalDate on = today.minusMonths(months);
            created(drLee.post(path + "/imaging-findings", "{\"modality\":\"mri\",\"studyDate\":\"" + on
                    + "\",\"finding\":\"facet-arthropathy\",\"levels\":\"L4-L5, L5-S1\",\"side\":\"bilateral\"}"));
            created(drLee.post(path + "/diagnostic-blocks", "{\"type\":\"MBB_LUMBAR\",\"side\":\"left\",\"levels\":\"L4-L5\","
                    + "\"agent\":\"lidocaine 2%\",\"painBefore\":7,\"painAfter\":1,\"performedOn\":\"" + on + "\"}"));
        }
        ApiClient.Reply rfa = drLee.post(path + "/procedures", "{\"procedure\":\"RFA_LUMBAR\",\"side\":\"left\","
                + "\"levels\":[\"L4-L5\"],\"date\":\"" + today.minusMonths(3) + "\",\"status\":\"completed\","
                + "\"painBefore\":7,\"painAfter\":2}");
        created(rfa);
        long rfaId = rfa.json().getJsonNumber("id").longValue();
        for (int weeks : new int[] {2, 6, 12}) {
            created(drLee.post(path + "/procedures/" + rfaId + "/follow-ups", "{\"date\":\""
                    + today.minusMonths(3).plusWeeks(weeks) + "\",\"painNow\":3,\"reliefPercent\":60}"));
        }
        String since = today.minusMonths(6).format(DateTimeFormatter.ISO_LOCAL_DATE);
        for (String medication : new String[] {"\"drug\":\"oxycodone\",\"doseMg\":10,\"dosesPerDay\":3",
                "\"drug\":\"fentanyl\",\"mcgPerHour\":12", "\"drug\":\"apixaban\",\"doseMg\":5,\"dosesPerDay\":2"}) {
            created(drLee.post(path + "/medications", "{" + medication + ",\"startedOn\":\"" + since + "\"}"));
        }
        ApiClient.Reply plan = drLee.post(path + "/care-plans", "{\"title\":\"Back pain programme\"}");
        created(plan);
        long planId = plan.json().getJsonNumber("id").longValue();
        for (String goal : new String[] {"Walk 30 minutes a day", "Return to work part-time", "Sleep 7 hours"}) {
            created(drLee.post(path + "/care-plans/" + planId + "/goals", "{\"description\":\"" + goal
                    + "\",\"measure\":\"self-report\",\"targetValue\":\"yes\",\"targetDate\":\"" + today.plusMonths(3) + "\"}"));
        }
    }

    private static String answers(int items, int value) {
        return IntStream.rangeClosed(1, items).mapToObj(i -> "\"" + i + "\":" + value).collect(Collectors.joining(","));
    }

    private static void created(ApiClient.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply::toString);
    }
}
