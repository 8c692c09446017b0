package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Built-in sign-in as an attacker and a forgetful user meet it: a password the administrator set
 * serves only to choose one; wrong passwords are throttled per account and per client address
 * (429 with Retry-After) before any password is checked, audited, and an administrator can
 * unlock. Each test signs in from client addresses of its own, as the trusted proxy reports them.
 */
class SignInIT {

    private static final AtomicInteger HOST = new AtomicInteger();
    private static final String NETWORK = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + ".";

    private Clinic clinic;
    private URI base;
    private ApiClient admin;

    @BeforeEach
    void clients() {
        clinic = Clinic.builtIn();
        base = clinic.base();
        admin = clinic.as("admin");
    }

    private static String newAddress() {
        return NETWORK + HOST.incrementAndGet();
    }

    @Test
    void anAdministratorsPasswordServesOnlyToChooseOneAndAResetIsFlagged() {
        String nurse = clinic.newStaffAccount("nurse.first", "Nurse First", "nurse");
        ApiClient.Reply first = ApiClient.as(base, nurse, Clinic.TEMPORARY_PASSWORD).get("api/patients");
        assertEquals(403, first.status(), first::toString);
        assertTrue(first.isProblem());

        ApiClient.Reply tooShort = clinic.choosePassword(nurse, Clinic.TEMPORARY_PASSWORD, "short");
        assertEquals(400, tooShort.status(), tooShort::toString);
        assertEquals("newPassword", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, clinic.choosePassword(nurse, Clinic.TEMPORARY_PASSWORD, Clinic.TEMPORARY_PASSWORD).status(),
                "the new password differs from the one given");
        assertEquals(400, clinic.choosePassword(nurse, Clinic.TEMPORARY_PASSWORD, nurse + "   ").status(),
                "nor is it the user name");
        assertEquals(401, clinic.choosePassword(nurse, "not the temporary one", "a passphrase of mine").status());
        assertEquals(204, clinic.choosePassword(nurse, Clinic.TEMPORARY_PASSWORD, "a passphrase of mine").status());
        assertEquals(200, ApiClient.as(base, nurse, "a passphrase of mine").get("api/patients").status());
        assertEquals(401, ApiClient.as(base, nurse, Clinic.TEMPORARY_PASSWORD).get("api/patients").status());

        assertEquals(403, clinic.as("dr.lee").put("api/users/" + nurse + "/password",
                "{\"password\":\"a reset passphrase\"}", null).status(), "only administrators reset");
        assertEquals(400, admin.put("api/users/" + nurse + "/password", "{\"password\":\"short\"}", null).status());
        assertEquals(204, admin.put("api/users/" + nurse + "/password", "{\"password\":\"a reset passphrase\"}", null)
                .status());
        assertEquals(401, ApiClient.as(base, nurse, "a passphrase of mine").get("api/patients").status(),
                "the forgotten password stops working");
        assertEquals(403, ApiClient.as(base, nurse, "a reset passphrase").get("api/patients").status());
        assertTrue(flaggedEvents().stream().anyMatch(e -> e.getString("resource").equals("UserAccount/" + nurse)
                && e.getString("detail").contains("reset")), "the reset is in the review queue");
    }

    @Test
    void wrongPasswordsForAnAccountMakeItWaitUntilAnAdministratorUnlocksIt() {
        String physician = clinic.staffAccount("dr.guessed", "Dr. Guessed", "physician");
        String address = newAddress();
        ApiClient attacker = ApiClient.as(base, physician, "a guess at it").from(address);
        for (int i = 1; i <= 6; i++) {
            ApiClient.Reply wrong = attacker.get("api/patients");
            assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong);
        }
        ApiClient owner = ApiClient.as(base, physician, Clinic.STAFF_PASSWORD).from(newAddress());
        ApiClient.Reply waiting = owner.get("api/patients");
        assertEquals(429, waiting.status(), "even the right password waits: " + waiting);
        assertTrue(waiting.isProblem());
        assertTrue(Long.parseLong(waiting.retryAfter().orElseThrow()) >= 1, waiting::toString);
        JsonObject listed = account(physician);
        assertTrue(listed.getJsonNumber("signInLockedSeconds").longValue() >= 1, listed::toString);

        assertEquals(403, clinic.as("nurse.kim").delete("api/users/" + physician + "/sign-in-lock").status());
        assertEquals(204, admin.delete("api/users/" + physician + "/sign-in-lock").status());
        assertEquals(200, owner.get("api/patients").status(), "unlocked");
        assertFalse(account(physician).containsKey("signInLockedSeconds"));

        List<JsonObject> failures = recentEvents().stream()
                .filter(e -> e.getString("resource").equals("Account/" + physician)).toList();
        assertEquals(6, failures.size(), failures::toString);
        assertTrue(failures.stream().allMatch(e -> "DENIED".equals(e.getString("outcome"))
                && "SIGN_IN".equals(e.getString("action")) && e.getString("detail").contains(address)),
                failures::toString);
        assertTrue(recentEvents().stream().anyMatch(e -> e.getString("resource").equals("UserAccount/" + physician)
                && e.getString("detail").contains("unlocked")), "the unlock is audited");
    }

    @Test
    void anAddressThatTriesManyAccountsWaitsWhileOtherAddressesSignIn() {
        String nurse = clinic.staffAccount("nurse.near", "Nurse Near", "nurse");
        String address = newAddress();
        for (int i = 1; i <= 51; i++) {
            ApiClient.Reply wrong = ApiClient.as(base, "nobody." + Clinic.unique(), "guess").from(address)
                    .get("api/patients");
            assertEquals(401, wrong.status(), "attempt " + i + ": " + wrong);
        }
        ApiClient.Reply fromThere = ApiClient.as(base, nurse, Clinic.STAFF_PASSWORD).from(address).get("api/patients");
        assertEquals(429, fromThere.status(), fromThere::toString);
        assertTrue(fromThere.retryAfter().isPresent());
        ApiClient elsewhere = ApiClient.as(base, nurse, Clinic.STAFF_PASSWORD).from(newAddress());
        assertEquals(200, elsewhere.get("api/patients").status(),
                "another address is not held up");
        ApiClient.Reply choosing = ApiClient.anonymous(base).from(address).post("api/account/password",
                "{\"username\":\"" + nurse + "\",\"currentPassword\":\"" + Clinic.STAFF_PASSWORD
                        + "\",\"newPassword\":\"a new passphrase\"}");
        assertEquals(429, choosing.status(), "choosing a password is throttled as a sign-in: " + choosing);
    }

    private JsonObject account(String username) {
        for (int page = 0; ; page++) {
            ApiClient.Reply users = admin.get("api/users?size=100&page=" + page);
            assertEquals(200, users.status(), users::toString);
            List<JsonObject> items = users.json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertFalse(items.isEmpty(), username + " is not listed");
            for (JsonObject item : items) {
                if (item.getString("username").equals(username)) {
                    return item;
                }
            }
        }
    }

    private List<JsonObject> recentEvents() {
        return events("api/audit?size=100");
    }

    private List<JsonObject> flaggedEvents() {
        return events("api/audit?flagged=true&size=100");
    }

    private List<JsonObject> events(String path) {
        ApiClient.Reply r = clinic.as("auditor").get(path);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
