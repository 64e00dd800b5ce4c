package jp.kochi.vrm.contractor;

import java.util.List;

/**
 * One contractor read from an import file, already validated and normalised, so that registering it cannot fail
 * on the data itself: the フリガナ is full-width katakana, the 法人番号 is 13 ASCII digits with a correct check
 * digit, phone and e-mail are NFKC-normalised. {@code line} is the line the user sees in the file, so a later
 * failure (a number registered meanwhile by someone else) can still be reported against it.
 *
 * @param corporateNumber {@code null} when a sole proprietor gives none
 * @param contact {@code null} when all four contact columns are blank
 * @param departmentCodes the 利用所管課 codes, each known, in file order without repeats
 */
public record ContractorCsvRow(int line, String name, String nameKana, String corporateNumber, boolean soleProprietor,
        String address, String representative, ContactPerson contact, List<String> departmentCodes) {

    public ContractorCsvRow {
        departmentCodes = List.copyOf(departmentCodes);
    }
}
