package org.algos.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Anything under a JAR's META-INF/resources is a URL: the slices' chart fragments must never
 * answer a request of their own, whether signed in or not, and their pages only after sign-in.
 */
class FragmentAccessIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Every page and fragment the feature modules ship, as the URL path it would have. */
    private static List<String> shipped(String under) throws IOException {
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            return modules.map(m -> m.resolve("src/main/resources/META-INF/resources"))
                    .filter(Files::isDirectory)
                    .flatMap(root -> {
                        try {
                            return Files.walk(root).filter(p -> p.toString().endsWith(".xhtml"))
                                    .map(p -> "/" + root.relativize(p).toString().replace('\\', '/')).toList().stream();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(p -> p.startsWith(under)).sorted().toList();
        }
    }

    private static int status(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void noFragmentAnswersOnItsOwnWhetherSignedInOrNot() throws Exception {
        URI base = AlgosServer.baseUri();
        List<String> fragments = shipped("/app/fragments/");
        assertTrue(fragments.size() >= 10, () -> "the slices' fragments: " + fragments);
        PortalSession drLee = PortalSession.signIn(base, "dr.lee", ApiClient.DEMO_PASSWORD);
        for (String fragment : fragments) {
            int anonymous = status(base, fragment);
            assertFalse(anonymous == 200, fragment + " answered " + anonymous + " without sign-in");
            int signedIn = drLee.status(fragment.substring(1));
            assertTrue(signedIn == 403, fragment + " answered " + signedIn + " to a signed-in clinician; it must be refused");
        }
    }

    @Test
    void everyPageOfTheSlicesNeedsASignIn() throws Exception {
        URI base = AlgosServer.baseUri();
        List<String> pages = shipped("/app/").stream().filter(p -> !p.startsWith("/app/fragments/")).toList();
        assertTrue(pages.size() >= 10, () -> "the slices' pages: " + pages);
        for (String page : pages) {
            assertNotEquals(200, status(base, page), page + " answered without sign-in");
        }
    }
}
