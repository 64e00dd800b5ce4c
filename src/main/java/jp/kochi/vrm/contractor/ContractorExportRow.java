package jp.kochi.vrm.contractor;

import java.time.LocalDate;
import java.util.List;

/**
 * One contractor as the register export writes it: plain values, with status and risk tier already turned into
 * labels in the user's language, so the CSV codec needs neither the entity nor the persistence context and the
 * caller can stream rows straight from a query.
 *
 * @param corporateNumber {@code null} for a sole proprietor without one
 * @param contactName the first contact person, each contact field {@code null} when absent
 * @param riskTier label, {@code null} when the contractor has not been vetted
 * @param vettingValidUntil {@code null} when never approved
 * @param nextCertificationExpiry the earliest expiry among current certifications, {@code null} when none
 */
public record ContractorExportRow(String name, String nameKana, String corporateNumber, boolean soleProprietor,
        String address, String representative, String contactName, String contactDepartment, String contactEmail,
        String contactPhone, List<String> departmentCodes, String status, String riskTier,
        LocalDate vettingValidUntil, LocalDate nextCertificationExpiry) {

    public ContractorExportRow {
        departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
    }
}
