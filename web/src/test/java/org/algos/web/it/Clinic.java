package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The test data every integration test makes for itself, through the API as the clinic would:
 * patients registered by a clinician (who so joins the care team), team members added, and patient
 * accounts linked to a record. Names, MRNs and user names carry a tag unique to this run, so a test
 * never meets another test's data nor depends on the demo patients, in any order and when the suite
 * runs again against the same server. The demo accounts (password "demo") are the actors.
 */
final class Clinic {

    static final String PATIENT_PASSWORD = "a patient passphrase";
    static final String STAFF_PASSWORD = "a long passphrase";
    /** What the administrator sets; the owner replaces it before signing in (as every account's owner must). */
    static final String TEMPORARY_PASSWORD = "a temporary passphrase";
    private static final String RUN = letters(ThreadLocalRandom.current().nextInt(26 * 26 * 26 * 26, 26 * 26 * 26 * 26 * 26));
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final URI base;
    private final Function<String, ApiClient> actors;

    private Clinic(URI base, Function<String, ApiClient> actors) {
        this.base = base;
        this.actors = actors;
    }

    /** The server of this Failsafe execution, signing in with the built-in login (HTTP Basic). */
    static Clinic builtIn() {
        URI base = AlgosServer.baseUri();
        return new Clinic(base, username -> ApiClient.as(base, username));
    }

    /** The same, with the actors' credentials of another sign-in mode (Keycloak's access tokens). */
    static Clinic signingInWith(URI base, Function<String, ApiClient> actors) {
        return new Clinic(base, actors);
    }

    /** A patient account, signing in with its own password. */
    record PatientAccount(String username, String password, ApiClient api) {
    }

    URI base() {
        return base;
    }

    /** A demo account (or one a test created) as the actor. */
    ApiClient as(String username) {
        return actors.apply(username);
    }

    /** The auditor's view of a patient's audit events, newest first (up to 100). */
    List<JsonObject> auditEvents(long patientId) {
        ApiClient.Reply r = as("auditor").get("api/audit?patientId=" + patientId + "&size=100");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Letters unique to this run and call: they fit names, name searches and user names alike. */
    static String unique() {
        return RUN + letters(SEQ.incrementAndGet());
    }

    static String newMrn() {
        return "IT-" + unique().toUpperCase(Locale.ROOT);
    }

    /** dr.lee's new patient (born 1970-01-01, female) with {@code members} on the care team too. */
    TestPatient newPatient(String givenName, String familyName, String... members) {
        return register("dr.lee", givenName, familyName, "1970-01-01", "female", members);
    }

    /**
     * Registers a patient whose family name ends in a unique tag ("Doe-Qxkcb"), so that searching
     * for it finds this patient only. The registering clinician is on the care team and adds
     * {@code members} with the role of their account.
     */
    TestPatient register(String clinician, String givenName, String familyName, String birthDate, String sex,
                         String... members) {
        String family = familyName + "-" + capitalized(unique());
        String mrn = newMrn();
        ApiClient registering = as(clinician);
        ApiClient.Reply r = registering.post("api/patients", "{\"mrn\":\"" + mrn + "\",\"givenName\":\"" + givenName
                + "\",\"familyName\":\"" + family + "\",\"birthDate\":\"" + birthDate + "\",\"sex\":\"" + sex + "\"}");
        assertEquals(201, r.status(), r::toString);
        TestPatient patient = new TestPatient(r.json().getJsonNumber("id").longValue(), mrn, givenName, family);
        for (String member : members) {
            ApiClient.Reply added = registering.put(patient.path() + "/care-team/" + member, "{}", null);
            assertEquals(201, added.status(), added::toString);
        }
        return patient;
    }

    /**
     * dr.lee books a procedure ({@code booking}, the API's JSON), answers the whole safety
     * checklist (pregnancy and glucose not applicable) and completes it with {@code note}: the
     * procedure's id.
     */
    long completedProcedure(TestPatient patient, String booking, String note) {
        ApiClient.Reply booked = as("dr.lee").post(patient.path() + "/procedures", booking);
        assertEquals(201, booked.status(), booked::toString);
        long id = booked.json().getJsonNumber("id").longValue();
        String path = patient.path() + "/procedures/" + id;
        for (String item : List.of("consent", "allergies", "anticoagulation", "infection", "siteMarked", "timeOut")) {
            assertEquals(200, as("dr.lee").put(path + "/checklist/" + item, "{\"answer\":\"done\"}", null).status());
        }
        for (String item : List.of("pregnancy", "glucose")) {
            assertEquals(200, as("dr.lee").put(path + "/checklist/" + item, "{\"answer\":\"not-applicable\"}", null)
                    .status());
        }
        ApiClient.Reply done = as("dr.lee").post(path + "/complete", note);
        assertEquals(200, done.status(), done::toString);
        return id;
    }

    /**
     * The administrator creates a patient account linked to the record, and its owner chooses
     * {@link #PATIENT_PASSWORD}.
     */
    PatientAccount patientAccount(TestPatient patient) {
        String username = "pat." + unique();
        ApiClient.Reply created = as("admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\""
                + patient.fullName() + "\",\"role\":\"patient\",\"password\":\"" + TEMPORARY_PASSWORD
                + "\",\"patientId\":" + patient.id() + "}");
        assertEquals(201, created.status(), created::toString);
        chosen(username, TEMPORARY_PASSWORD, PATIENT_PASSWORD);
        return new PatientAccount(username, PATIENT_PASSWORD, ApiClient.as(base, username, PATIENT_PASSWORD));
    }

    /** The owner replaces a password (the administrator's temporary one, at first): the answer. */
    ApiClient.Reply choosePassword(String username, String current, String chosen) {
        return ApiClient.anonymous(base).post("api/account/password", "{\"username\":\"" + username
                + "\",\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + chosen + "\"}");
    }

    private void chosen(String username, String current, String chosen) {
        ApiClient.Reply reply = choosePassword(username, current, chosen);
        assertEquals(204, reply.status(), reply::toString);
    }

    /**
     * Links an account whose password the identity provider keeps (single sign-on) to the record;
     * the administrator's answer, for the test to check.
     */
    ApiClient.Reply linkPatientAccount(String username, TestPatient patient) {
        return as("admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\""
                + patient.fullName() + "\",\"role\":\"patient\",\"patientId\":" + patient.id() + "}");
    }

    /** The administrator creates a staff account and its owner chooses {@link #STAFF_PASSWORD}; its user name. */
    String staffAccount(String prefix, String displayName, String role) {
        String username = newStaffAccount(prefix, displayName, role);
        chosen(username, TEMPORARY_PASSWORD, STAFF_PASSWORD);
        return username;
    }

    /** The administrator creates a staff account with {@link #TEMPORARY_PASSWORD}; its user name. */
    String newStaffAccount(String prefix, String displayName, String role) {
        String username = prefix + "." + unique();
        ApiClient.Reply created = as("admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\""
                + displayName + "\",\"role\":\"" + role + "\",\"password\":\"" + TEMPORARY_PASSWORD + "\"}");
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    /** Bijective base 26 in lower case: 1 is "a", 26 "z", 27 "aa". */
    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            s.insert(0, (char) ('a' + (rest - 1) % 26));
        }
        return s.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
