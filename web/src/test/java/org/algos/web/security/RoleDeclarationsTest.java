package org.algos.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.algos.domain.user.Role;
import org.junit.jupiter.api.Test;

/**
 * A role the deployment descriptors do not name is refused everywhere, silently: Payara maps a
 * group to a role only through glassfish-web.xml. Every role of {@link Role} is declared and mapped.
 */
class RoleDeclarationsTest {

    private static final Path WEB_INF = Path.of("src/main/webapp/WEB-INF");

    @Test
    void everyRoleIsDeclaredInWebXmlAndMappedToItsGroup() throws Exception {
        String webXml = Files.readString(WEB_INF.resolve("web.xml"));
        String mapping = Files.readString(WEB_INF.resolve("glassfish-web.xml"));
        for (Role role : Role.values()) {
            String code = role.code();
            assertTrue(webXml.contains("<security-role><role-name>" + code + "</role-name></security-role>"),
                    code + " is declared in web.xml");
            assertTrue(mapping.contains("<security-role-mapping><role-name>" + code + "</role-name><group-name>" + code
                    + "</group-name></security-role-mapping>"), code + " is mapped in glassfish-web.xml");
        }
    }
}
