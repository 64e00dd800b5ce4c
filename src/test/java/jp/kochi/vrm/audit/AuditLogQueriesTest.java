package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import jp.kochi.vrm.identity.Allowed;
import jp.kochi.vrm.identity.Areas;
import org.junit.jupiter.api.Test;

class AuditLogQueriesTest {

    @Test
    void theLogIsReadByExactlyTheRolesOfTheAuditLogsArea() {
        Set<String> area = Areas.of("/staff/audit/log.xhtml").orElseThrow().roles();
        assertEquals(area, Set.of(AuditLogQueries.class.getAnnotation(Allowed.class).value()));
    }
}
