package jp.kochi.vrm.contractor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kochi.vrm.department.Department;
import jp.kochi.vrm.department.DepartmentRegister;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.faces.UiMessages;
import jp.kochi.vrm.platform.faces.Uploads;

/**
 * CSV import of an existing register: upload, check every row, show every problem by line; only a clean
 * file can be imported, and then all of it at once (as candidates, to be vetted in the portal).
 */
@Named
@ViewScoped
public class ContractorImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractorRegister register;

    @Inject
    private DepartmentRegister departments;

    @Inject
    private UiMessages messages;

    private transient Part file;
    private ContractorCsv.CsvEncoding encoding = ContractorCsv.CsvEncoding.AUTO;
    private transient ContractorCsv.Parsed parsed;
    private String fileName;

    /** A problem as the page lists it. */
    public record ProblemLine(String line, String text) implements Serializable {
    }

    public void check() {
        parsed = null;
        try {
            byte[] content = Uploads.read(file, ContractorCsv.MAX_BYTES);
            if (content == null) {
                messages.error("contractor.import.noFile");
                return;
            }
            fileName = Uploads.name(file);
            Set<String> codes = departments.all().stream().filter(Department::isActive).map(Department::getCode)
                    .collect(Collectors.toSet());
            // First pass collects the file's numbers; one query then tells which are already registered.
            ContractorCsv.Parsed first = ContractorCsv.parse(content, encoding, codes::contains, n -> false);
            Set<String> taken = register.corporateNumbersTaken(first.rows().stream()
                    .map(ContractorCsvRow::corporateNumber).filter(n -> n != null).toList());
            parsed = taken.isEmpty() ? first : ContractorCsv.parse(content, encoding, codes::contains, taken::contains);
            if (parsed.acceptable()) {
                messages.info("contractor.import.ready", parsed.rows().size());
            } else {
                messages.error("contractor.import.refused", parsed.problems().size());
            }
        } catch (IOException e) {
            messages.error("evidence.unreadable");
        }
    }

    public String importRows() {
        if (parsed == null || !parsed.acceptable()) {
            messages.error("contractor.import.checkFirst");
            return null;
        }
        try {
            int count = register.importRows(parsed.rows());
            messages.info("contractor.import.done", count);
            return "/staff/contractors/list.xhtml?faces-redirect=true";
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            parsed = null;
            return null;
        }
    }

    public List<ProblemLine> getProblems() {
        if (parsed == null) {
            return List.of();
        }
        return parsed.problems().stream()
                .map(p -> new ProblemLine(p.wholeFile() ? messages.text("contractor.import.wholeFile")
                        : Integer.toString(p.line()), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
    }

    public String getReadAs() {
        return parsed == null || parsed.encodingMessageKey() == null ? null : messages.text(parsed.encodingMessageKey());
    }

    public boolean isReady() {
        return parsed != null && parsed.acceptable();
    }

    public int getRowCount() {
        return parsed == null ? 0 : parsed.rows().size();
    }

    public List<ContractorCsvRow> getPreview() {
        return parsed == null ? List.of() : parsed.rows().stream().limit(20).toList();
    }

    public ContractorCsv.CsvEncoding[] getEncodings() {
        return ContractorCsv.CsvEncoding.values();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ContractorCsv.CsvEncoding getEncoding() {
        return encoding;
    }

    public void setEncoding(ContractorCsv.CsvEncoding encoding) {
        this.encoding = encoding == null ? ContractorCsv.CsvEncoding.AUTO : encoding;
    }

    public String getFileName() {
        return fileName;
    }
}
