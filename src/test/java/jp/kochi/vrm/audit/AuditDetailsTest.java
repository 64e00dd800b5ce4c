package jp.kochi.vrm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    private static final Map<String, String> LABELS = Map.of("name", "名称", "roles", "役割");

    @Test
    void changesReadAsFromToLinesWithLabels() {
        assertEquals(List.of("名称: 監査試験課 → 監査検証課", "nameEn: — → Audit"),
                AuditDetails.lines("{\"changes\":[{\"field\":\"name\",\"from\":\"監査試験課\",\"to\":\"監査検証課\"},"
                        + "{\"field\":\"nameEn\",\"from\":null,\"to\":\"Audit\"}]}", f -> LABELS.getOrDefault(f, f)));
    }

    @Test
    void eventDetailsReadAsKeyValueLines() {
        assertEquals(List.of("役割: procurement"),
                AuditDetails.lines("{\"roles\":\"procurement\"}", f -> LABELS.getOrDefault(f, f)));
    }

    @Test
    void damagedDetailsAreShownAsStored() {
        assertEquals(List.of("not json <b>"), AuditDetails.lines("not json <b>", f -> f));
    }
}
