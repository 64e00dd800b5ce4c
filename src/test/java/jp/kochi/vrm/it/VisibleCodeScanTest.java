package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleCodeScanTest {

    @ParameterizedTest
    @ValueSource(strings = {"回答していない項目があります: RULES, MN_FACILITY", "種別: ContractClause",
        "removalState: なし → 申請中", "CONTENT_ALTERED", "エラー: java.io.IOException: Stream closed",
        "???vetting.reason.gaps???", "値 STANDARD_TERMSを選択", "SelfInspectionReportを出力"})
    void findsInternalCodesAndJavaNames(String text) {
        assertEquals(1, VisibleCodeScan.findings(List.of(text)).size(), () -> VisibleCodeScan.findings(List.of(text))
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"自治体機密性3A", "ISMS（ISO/IEC 27001）", "株式会社高知データサービス", "TOTP を設定", "YouTube 公式チャンネル",
        "https://www.youtube.com/@KochiCity_Official", "report_2026_FINAL.pdf", "security-demo", "ISMAP", "PDF と CSV",
        "Kochi City", "2026/12/07", "SNS", "ID", "OpenID Connect", "ISO/IEC_27001"})
    void leavesOrdinaryTextAbbreviationsAndReferencesAlone(String text) {
        assertEquals(List.of(), VisibleCodeScan.findings(List.of(text)));
    }
}
