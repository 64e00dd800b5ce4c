package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditListenerTest {

    private static Map<String, String> state(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void updateListsOnlyChangedFieldsWithOldAndNewValues() {
        List<AuditLog.Change> changes = AuditListener.diff(
                state("code", "120", "name", "情報政策課", "active", "true"),
                state("code", "120", "name", "デジタル政策課", "active", "true"));
        assertEquals(List.of(new AuditLog.Change("name", "情報政策課", "デジタル政策課")), changes);
    }

    @Test
    void createListsEveryFieldFromNothing() {
        List<AuditLog.Change> changes = AuditListener.diff(Map.of(), state("code", "120", "name", "情報政策課"));
        assertEquals(List.of(new AuditLog.Change("code", null, "120"), new AuditLog.Change("name", null, "情報政策課")),
                changes);
    }

    @Test
    void deleteListsEveryFieldToNothing() {
        List<AuditLog.Change> changes = AuditListener.diff(state("code", "120"), Map.of());
        assertEquals(List.of(new AuditLog.Change("code", "120", null)), changes);
    }

    @Test
    void unchangedStateGivesNoChanges() {
        assertTrue(AuditListener.diff(state("a", "1", "b", null), state("a", "1", "b", null)).isEmpty());
    }

    @Test
    void clearingAFieldIsAChangeToNull() {
        assertEquals(List.of(new AuditLog.Change("nameEn", "Tax", null)),
                AuditListener.diff(state("nameEn", "Tax"), state("nameEn", null)));
    }
}
