package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AreasTest {

    @Test
    void webXmlRequiresSignInForExactlyTheAreasAndNamesNoRoles() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Set<String> signedIn = new TreeSet<>();
        NodeList constraints = d.getElementsByTagName("security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element c = (Element) constraints.item(i);
            NodeList roles = c.getElementsByTagName("role-name");
            for (int r = 0; r < roles.getLength(); r++) {
                assertEquals("**", roles.item(r).getTextContent().trim(),
                        "web.xml names a role; roles are checked by identity.Areas");
            }
            if (roles.getLength() > 0) {
                NodeList patterns = c.getElementsByTagName("url-pattern");
                for (int p = 0; p < patterns.getLength(); p++) {
                    signedIn.add(patterns.item(p).getTextContent().trim());
                }
            }
        }
        Set<String> areas = new TreeSet<>();
        Areas.ALL.forEach(a -> areas.addAll(a.patterns()));
        assertEquals(areas, signedIn);
        assertEquals(13, Areas.ALL.size());
    }

    @Test
    void theMostSpecificPatternDecides() {
        assertEquals("staff area", area("/staff/home.xhtml"));
        assertEquals("staff area", area("/staff"));
        assertEquals("audit log", area("/staff/audit/log.xhtml"));
        assertEquals("social media accounts: register and revise", area("/staff/sns/edit.xhtml"));
        assertEquals("social media accounts and post log", area("/staff/sns/list.xhtml"));
        assertEquals("contractor registration and import, contract editing", area("/staff/contracts/edit.xhtml"));
        assertEquals("contractor register, vetting, contracts and clauses", area("/staff/contracts/list.xhtml"));
        assertEquals("contractor register, vetting, contracts and clauses", area("/files/123"));
        assertEquals("external services: usage requests", area("/staff/services/request.xhtml"));
        assertEquals("contractor portal", area("/portal/files/7"));
        assertEquals("contractor portal", area("/portal/incident-files/7"));
        assertEquals("incidents: recording a first report", area("/staff/incidents/new.xhtml"));
        assertEquals("staff area", area("/staff/incidents/view.xhtml"));
        assertEquals("sign-in", area("/signin"));
    }

    @Test
    void addressesOutsideTheAreasAreLeftToWebXml() {
        assertFalse(Areas.of("/index.xhtml").isPresent());
        assertFalse(Areas.of("/staffing.xhtml").isPresent());
        assertFalse(Areas.of("/signin/x").isPresent());
        assertFalse(Areas.of("/api/status").isPresent());
    }

    @Test
    void rolesOfTheAreas() {
        assertTrue(Areas.of("/staff/audit/log.xhtml").get().roles().contains(Roles.AUDITOR));
        assertFalse(Areas.of("/staff/audit/log.xhtml").get().roles().contains(Roles.PROCUREMENT));
        assertFalse(Areas.of("/staff/home.xhtml").get().roles().contains(Roles.CONTRACTOR));
        assertEquals(Set.of(Roles.CONTRACTOR), Areas.of("/portal/home.xhtml").get().roles());
        assertFalse(Areas.of("/staff/contractors/list.xhtml").get().roles().contains(Roles.SNS_OWNER));
    }

    private static String area(String path) {
        return Areas.of(path).orElseThrow().name();
    }
}
