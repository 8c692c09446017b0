package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.algos.web.it.ApiClient.Reply;
import org.algos.web.it.portal.Browser;
import org.algos.web.it.portal.KeycloakSignInPage;
import org.algos.web.it.portal.PatientChartPage;
import org.algos.web.it.portal.PatientHomePage;
import org.algos.web.it.portal.SingleSignOnPage;
import org.algos.web.it.portal.WorklistPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Single sign-on against a real Keycloak with the shipped realm (started by the build), on the
 * server the build started with ALGOS_OIDC_PROVIDER set (Failsafe execution it-keycloak): bearer
 * tokens on the API, and the portal in headless Chromium signing in and out through Keycloak's own
 * pages. Other executions (built-in login) leave this class out, also when it is named with
 * -Dit.test; in it-keycloak an unreachable Keycloak fails every test. Patients are registered
 * for each test, and users made at Keycloak carry a name unique to the run.
 */
@SingleSignOnDeployment
@EnabledIfSystemProperty(named = "algos.it.keycloak", matches = ".+",
        disabledReason = "runs in the Failsafe execution it-keycloak, whose server signs in through single sign-on")
class KeycloakSsoIT {

    private static Keycloak KEYCLOAK;

    private Clinic clinic;
    private Browser browser;

    /** Without Keycloak these tests fail: they must never pass by skipping. */
    @BeforeAll
    static void keycloakAnswers() {
        KEYCLOAK = Keycloak.ofTheBuild();
        KEYCLOAK.awaitRealm(Duration.ofSeconds(Integer.getInteger("algos.it.keycloakWaitSeconds", 240)));
    }

    /** The demo accounts act with access tokens of the realm. */
    @BeforeEach
    void clinic() {
        URI portal = AlgosServer.baseUri();
        clinic = Clinic.signingInWith(portal,
                username -> ApiClient.withBearer(portal, KEYCLOAK.accessToken(username, "demo")));
    }

    /** The portal as the browser reaches it: localhost (the build's URL), which the realm's redirect URIs allow. */
    private URI portal() {
        return clinic.base();
    }

    private ApiClient bearer(String username) {
        return clinic.as(username);
    }

    /** A patient of dr.lee's whose account is at Keycloak, linked to the record by the administrator. */
    private TestPatient patientSigningInAs(String username, String password) {
        TestPatient patient = clinic.newPatient("Jane", "Doe");
        KEYCLOAK.createUser(username, patient.givenName(), patient.familyName(), "patient", password);
        Reply linked = clinic.linkPatientAccount(username, patient);
        assertEquals(201, linked.status(), linked::toString);
        return patient;
    }

    // ---- API: bearer access tokens ------------------------------------------------------------

    @Test
    void anAccessTokenOfTheRealmOpensTheApi() {
        String username = "pat." + Clinic.unique();
        TestPatient jane = patientSigningInAs(username, "patient-portal");
        Reply chart = bearer("dr.lee").get(jane.path());
        assertEquals(200, chart.status(), chart::toString);
        assertEquals(jane.familyName(), chart.json().getString("familyName"));
        assertEquals("treatment", chart.json().getString("access"));

        Reply own = ApiClient.withBearer(portal(), KEYCLOAK.accessToken(username, "patient-portal")).get(jane.path());
        assertEquals(200, own.status(), own::toString);
        assertEquals("own record", own.json().getString("access"));

        Reply verify = bearer("auditor").get("api/audit/verify");
        assertEquals(200, verify.status(), verify::toString);
        assertTrue(verify.json().getBoolean("intact"));
    }

    @Test
    void theDataWarehouseExportsThroughItsConfidentialClientsServiceAccount() throws InterruptedException {
        ApiClient warehouse = ApiClient.withBearer(portal(),
                KEYCLOAK.clientCredentialsToken("algos-warehouse", "algos-warehouse-development-secret"));
        Reply kickOff = warehouse.get("fhir/Patient/$export?_type=Patient", "Prefer", "respond-async",
                "Accept", "application/fhir+json");
        assertEquals(202, kickOff.status(), kickOff::toString);
        String statusUrl = kickOff.location().orElseThrow();
        Reply status = warehouse.get(statusUrl);
        for (int polls = 0; status.status() == 202 && polls < 120; polls++) {
            Thread.sleep(500); // the IG's polling; small exports complete in a second or two
            status = warehouse.get(statusUrl);
        }
        assertEquals(200, status.status(), status::toString);
        assertEquals("Patient", status.json().getJsonArray("output").getJsonObject(0).getString("type"));
        assertEquals(403, bearer("dr.lee").get("fhir/Patient/$export", "Prefer", "respond-async").status(),
                "a clinician's token does not export");
        assertEquals(202, warehouse.delete(statusUrl).status());
    }

    @Test
    void aRoleThatDoesNotAllowTheActionIsForbidden() {
        Reply audit = bearer("dr.lee").get("api/audit/verify");
        assertEquals(403, audit.status(), audit::toString);
        assertTrue(audit.isProblem());

        Reply otherPatient = bearer("pat.doe").get(clinic.newPatient("John", "Smith").path());
        assertEquals(403, otherPatient.status(), otherPatient::toString);
        assertTrue(otherPatient.isProblem());
    }

    @Test
    void withoutAValidAccessTokenTheApiAnswers401() {
        String chart = clinic.newPatient("Jane", "Doe").path();
        assertUnauthorized(ApiClient.anonymous(portal()).get(chart), "Authentication required");
        assertUnauthorized(ApiClient.as(portal(), "dr.lee").get(chart), "bearer access token");
        assertUnauthorized(ApiClient.withBearer(portal(), "not-a-token").get(chart), "not a signed JWT");

        String token = KEYCLOAK.accessToken("pat.doe", "demo");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"pat.doe\"", "\"dr.lee\"");
        assertTrue(payload.contains("\"dr.lee\""), payload);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertUnauthorized(ApiClient.withBearer(portal(), tampered).get(chart), "signature");
        assertUnauthorized(ApiClient.withBearer(portal(), parts[0] + "." + parts[1] + ".").get(chart), "");
    }

    @Test
    void anExpiredAccessTokenIsRefused() {
        String chart = clinic.newPatient("Jane", "Doe").path();
        String token = KEYCLOAK.shortLivedAccessToken("dr.lee", "demo", Duration.ofSeconds(3));
        Reply fresh = ApiClient.withBearer(portal(), token).get(chart);
        assertEquals(200, fresh.status(), () -> "while the token lives: " + fresh);
        // Expiry (3 s) plus the clock skew the portal tolerates here (ALGOS_OIDC_CLOCK_SKEW_SECONDS=2), and a margin.
        Keycloak.sleep(Duration.ofSeconds(7));
        assertUnauthorized(ApiClient.withBearer(portal(), token).get(chart), "expired");
    }

    /** This server runs with ALGOS_METRICS=off and ALGOS_OPENAPI=off (web/pom.xml); the others, public. */
    @Test
    void metricsAndTheOpenApiDocumentAreOffWhereConfiguredSo() {
        for (String path : List.of("metrics", "openapi")) {
            Reply answer = ApiClient.anonymous(portal()).getAnyType(path);
            assertTrue(answer.status() == 403 || answer.status() == 404, path + ": " + answer.status());
            assertFalse(answer.body().contains("# TYPE") || answer.body().contains("openapi:"), path + " is served");
        }
    }

    @Test
    void aNewStaffMemberGetsAnAlgosProfileWithTheirRoleAtFirstSignIn() {
        String username = "pt.amani." + Clinic.unique();
        KEYCLOAK.createUser(username, "Noor", "Amani", "physiotherapist", "first-sign-in");
        Reply search = ApiClient.withBearer(portal(), KEYCLOAK.accessToken(username, "first-sign-in"))
                .get("api/patients?q=doe");
        assertEquals(200, search.status(), search::toString);

        JsonObject profile = profile(username);
        assertEquals("physiotherapist", profile.getString("role"));
        assertEquals("Noor Amani", profile.getString("displayName"));
    }

    @Test
    void aPatientSignsInOnlyOnceTheClinicHasLinkedTheirRecord() {
        String username = "pat.smith." + Clinic.unique();
        TestPatient smith = clinic.newPatient("John", "Smith");
        KEYCLOAK.createUser(username, "John", "Smith", "patient", "patient-portal");
        ApiClient patient = ApiClient.withBearer(portal(), KEYCLOAK.accessToken(username, "patient-portal"));
        Reply before = patient.get(smith.path());
        assertEquals(403, before.status(), before::toString);
        assertTrue(before.json().getString("detail").contains("not linked"), before::toString);

        // The administrator links the account to John Smith's record; the identity provider keeps the password.
        Reply linked = clinic.linkPatientAccount(username, smith);
        assertEquals(201, linked.status(), linked::toString);
        Reply after = ApiClient.withBearer(portal(), KEYCLOAK.accessToken(username, "patient-portal")).get(smith.path());
        assertEquals(200, after.status(), after::toString);
        assertEquals("own record", after.json().getString("access"));
    }

    /** The administrator's view of an account, from the paged list of accounts. */
    private JsonObject profile(String username) {
        for (int page = 0; page < 100; page++) {
            Reply users = bearer("admin").get("api/users?size=100&page=" + page);
            assertEquals(200, users.status(), users::toString);
            List<JsonObject> items = users.json().getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            for (JsonObject user : items) {
                if (user.getString("username").equals(username)) {
                    return user;
                }
            }
        }
        throw new AssertionError("no profile for " + username);
    }

    private static void assertUnauthorized(Reply reply, String detail) {
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertTrue(reply.json().getString("detail").contains(detail), reply::toString);
    }

    // ---- Portal: sign-in through Keycloak, in headless Chromium ----------------------------

    private Browser browser(TestInfo info) {
        browser = new Browser(portal().toString());
        browserTest = info.getTestMethod().map(m -> m.getName()).orElse("sso");
        return browser;
    }

    private String browserTest;

    @AfterEach
    void closeBrowser() {
        if (browser == null) {
            return;
        }
        try {
            browser.screenshot(Path.of("target", "screenshots", "sso-" + browserTest + ".png"));
            assertNoScriptErrorsOrStackTraces();
        } finally {
            browser.close();
            browser = null;
        }
    }

    private void assertNoScriptErrorsOrStackTraces() {
        browser.assertNoScriptErrorsOrStackTraces();
    }

    @Test
    void aClinicianSignsInThroughKeycloakWorksAndSignsOutOfBoth(TestInfo info) {
        Browser b = browser(info);
        b.open("app/worklist.xhtml");
        assertTrue(b.url().startsWith(KEYCLOAK.realmUrl() + "/protocol/openid-connect/auth"), b.url());
        WorklistPage worklist = new KeycloakSignInPage(b).signInAs("nurse.kim", "demo");
        assertTrue(worklist.currentUser().contains("Nurse Ji-woo Kim"), worklist.currentUser());
        assertTrue(worklist.currentUser().contains("nurse"), worklist.currentUser());
        assertTrue(worklist.hasMenuEntry("menuPatients"));
        assertFalse(worklist.hasMenuEntry("menuAudit"), "the audit viewer is the auditor's");
        assertFalse(worklist.hasMenuEntry("menuMyRecord"));
        assertNoScriptErrorsOrStackTraces();
        b.open("app/audit.xhtml");
        assertEquals("Not allowed", b.find("errorTitle").getText(), "the role comes from Keycloak's groups claim");
        List<String> console = b.javaScriptErrors();
        assertTrue(console.size() == 1 && console.get(0).contains("audit.xhtml") && console.get(0).contains("403"),
                () -> "only the refused page itself: " + console);
        b.open("app/worklist.xhtml");
        worklist = new WorklistPage(b);

        worklist.signOut();
        SingleSignOnPage signedOut = new SingleSignOnPage(b);
        assertTrue(signedOut.saysSignedOut());
        assertFalse(signedOut.showsPasswordForm(), "passwords are Keycloak's business in this mode");
        assertNoScriptErrorsOrStackTraces();

        // Keycloak's session ended too: the portal asks for the password again.
        KeycloakSignInPage again = signedOut.signIn();
        assertTrue(b.url().startsWith(KEYCLOAK.origin()), b.url());
        again.signInAs("nurse.kim", "demo");
    }

    @Test
    void aDisabledAccountLosesThePortalWhenItsTokenRunsOut(TestInfo info) {
        String username = "dr.leaving." + Clinic.unique();
        KEYCLOAK.createUser(username, "Alex", "Leaving", "physician", "last-day-at-work");
        Browser b = browser(info);
        // Tokens that live 12 s: the portal renews them 10 s before they expire, so from 2 s on.
        KEYCLOAK.withAccessTokenLifespan(Duration.ofSeconds(12), () -> {
            b.open("app/worklist.xhtml");
            WorklistPage worklist = new KeycloakSignInPage(b).signInAs(username, "last-day-at-work");
            assertTrue(worklist.currentUser().contains("Alex Leaving"), worklist.currentUser());
            KEYCLOAK.disableUser(username);
        });
        Keycloak.sleep(Duration.ofSeconds(3));

        b.open("app/worklist.xhtml");
        b.waitForUrlContaining("login.xhtml");
        assertTrue(new SingleSignOnPage(b).saysSignedOut(), b.pageText());
        b.open("app/worklist.xhtml");
        KeycloakSignInPage keycloak = new KeycloakSignInPage(b).attempt(username, "last-day-at-work");
        assertTrue(keycloak.error().contains("disabled"), keycloak.error());
    }

    @Test
    void someoneWithoutAnAlgosRoleIsToldWhyAndSignedOutOfKeycloak(TestInfo info) {
        String username = "visitor." + Clinic.unique();
        KEYCLOAK.createUser(username, "Vic", "Visitor", null, "no-role-here");
        Browser b = browser(info);
        b.open("app/worklist.xhtml");
        new KeycloakSignInPage(b).attempt(username, "no-role-here");
        b.waitForUrlContaining("login.xhtml?refused=no-role");
        SingleSignOnPage refused = new SingleSignOnPage(b);
        assertTrue(refused.problem().contains("no Algos role"), refused.problem());
        // Keycloak's session was ended with the refusal: signing in asks for the password again.
        refused.signIn();
    }

    @Test
    void aPatientSignsInAndSeesOnlyTheirOwnRecord(TestInfo info) {
        String username = "pat." + Clinic.unique();
        TestPatient jane = patientSigningInAs(username, "patient-portal");
        TestPatient someoneElse = clinic.newPatient("John", "Smith");
        Browser b = browser(info);
        b.open("app/worklist.xhtml");
        PatientHomePage home = new KeycloakSignInPage(b).signInAsPatient(username, "patient-portal");
        assertTrue(b.find("currentUser").getText().contains(jane.fullName()), b.find("currentUser").getText());
        assertTrue(home.hasMenuEntry("menuHome") && home.hasMenuEntry("menuDiary"));
        assertFalse(home.hasMenuEntry("menuPatients"));
        b.open("app/patient.xhtml?id=" + jane.id());
        PatientChartPage own = new PatientChartPage(b);
        assertEquals(jane.chartName(), own.name());
        assertEquals("own record", own.accessBasis());

        b.open("app/patient.xhtml?id=" + someoneElse.id());
        PatientChartPage other = new PatientChartPage(b);
        assertFalse(other.showsChart());
        assertTrue(other.messages().contains("only their own record"), other.messages());
    }

    @Test
    void aLinkToAChartLeadsThereAfterSigningIn(TestInfo info) {
        TestPatient jane = clinic.newPatient("Jane", "Doe");
        Browser b = browser(info);
        b.open("app/patient.xhtml?id=" + jane.id());
        new KeycloakSignInPage(b).attempt("dr.lee", "demo");
        b.waitForUrlContaining("/app/patient.xhtml?id=" + jane.id());
        assertEquals(jane.chartName(), new PatientChartPage(b).name());
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndThePortalNoStackTrace(TestInfo info) {
        Browser b = browser(info);
        b.open("app/worklist.xhtml");
        KeycloakSignInPage keycloak = new KeycloakSignInPage(b).attempt("dr.okafor", "wrong");
        assertTrue(keycloak.error().contains("Invalid username or password"), keycloak.error());
        assertTrue(b.url().startsWith(KEYCLOAK.origin()), b.url());
        assertNoScriptErrorsOrStackTraces();

        // A forged or replayed answer from the provider ends on the sign-in page with a message.
        b.open("sso/callback?code=forged&state=forged");
        assertTrue(b.url().contains("login.xhtml"), b.url());
        new SingleSignOnPage(b);
    }
}
