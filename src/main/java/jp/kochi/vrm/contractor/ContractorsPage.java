package jp.kochi.vrm.contractor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kochi.vrm.identity.CurrentUser;
import jp.kochi.vrm.identity.Roles;
import jp.kochi.vrm.platform.SheetWriter;
import jp.kochi.vrm.platform.faces.UiMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * 委託事業者台帳 list: search and filters above a lazy table; paging, sorting and filtering run in the
 * database. The filters are view parameters too, so a filtered list can be bookmarked.
 */
@Named
@ViewScoped
public class ContractorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The "certification expiring within" choices, in days. */
    static final List<Integer> EXPIRING_CHOICES = List.of(30, 60, 90, 180);

    @Inject
    private ContractorRegister register;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UiMessages messages;

    private String text;
    private ContractorStatus status;
    private RiskTier tier;
    private Integer expiringDays;
    private LocalDate today;
    private final RegisterModel model = new RegisterModel();

    /** The lazy model: PrimeFaces asks for one page, the register answers it in the database. */
    class RegisterModel extends LazyDataModel<ContractorListRow> {

        private static final long serialVersionUID = 1L;

        private ContractorSearch.Sort sort = ContractorSearch.Sort.KANA;
        private boolean ascending = true;
        private long lastCount;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            lastCount = register.count(search());
            return (int) lastCount;
        }

        @Override
        public List<ContractorListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().ifPresentOrElse(s -> {
                sort = sortOf(s.getField());
                ascending = s.getOrder() == SortOrder.ASCENDING;
            }, () -> {
                sort = ContractorSearch.Sort.KANA;
                ascending = true;
            });
            return register.page(search(), first, pageSize);
        }

        @Override
        public String getRowKey(ContractorListRow row) {
            return row.getId().toString();
        }

        @Override
        public ContractorListRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> r.getId().toString().equals(rowKey)).findFirst().orElse(null);
        }

        ContractorSearch search() {
            return new ContractorSearch(text, status, tier, expiringDays, sort, ascending, today());
        }
    }

    static ContractorSearch.Sort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> ContractorSearch.Sort.NAME;
            case "corporateNumber" -> ContractorSearch.Sort.CORPORATE_NUMBER;
            case "status" -> ContractorSearch.Sort.STATUS;
            case "riskTier" -> ContractorSearch.Sort.TIER;
            case "vettingValidUntil" -> ContractorSearch.Sort.VALID_UNTIL;
            default -> ContractorSearch.Sort.KANA;
        };
    }

    public LazyDataModel<ContractorListRow> getModel() {
        return model;
    }

    /** The paginator's summary; beyond the counting limit it says "more than 1,000" and asks for a narrower search. */
    public String getPageReport() {
        return model.lastCount > ContractorQueries.COUNT_LIMIT
                ? messages.text("contractor.list.pageReportMore", ContractorQueries.COUNT_LIMIT)
                : messages.text("app.pageReport");
    }

    /** Search button: the table re-reads its first page with the new filters. */
    public void search() {
        // the model reads the fields on its next load; nothing else to do
    }

    public void clear() {
        text = null;
        status = null;
        tier = null;
        expiringDays = null;
    }

    /** The filtered list as CSV (UTF-8 with BOM, for Excel), streamed from the database. */
    public StreamedContent getExport() {
        ContractorSearch search = model.search();
        return DefaultStreamedContent.builder()
                .name("contractors-" + today() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        register.export(search, out, key -> messages.text(key));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The same list as an Excel workbook: 法人番号 and phone numbers as text, dates as dates. */
    public StreamedContent getExportXlsx() {
        ContractorSearch search = model.search();
        return DefaultStreamedContent.builder()
                .name("contractors-" + today() + ".xlsx")
                .contentType(SheetWriter.CONTENT_TYPE)
                .writer(out -> {
                    try {
                        register.exportXlsx(search, out, key -> messages.text(key));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    public LocalDate today() {
        if (today == null) {
            today = register.today();
        }
        return today;
    }

    public boolean isCanRegister() {
        return currentUser.hasRole(Roles.PROCUREMENT);
    }

    public ContractorStatus[] getStatuses() {
        return ContractorStatus.values();
    }

    public RiskTier[] getTiers() {
        return RiskTier.values();
    }

    public List<Integer> getExpiringChoices() {
        return EXPIRING_CHOICES;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ContractorStatus getStatus() {
        return status;
    }

    public void setStatus(ContractorStatus status) {
        this.status = status;
    }

    public RiskTier getTier() {
        return tier;
    }

    public void setTier(RiskTier tier) {
        this.tier = tier;
    }

    public Integer getExpiringDays() {
        return expiringDays;
    }

    public void setExpiringDays(Integer expiringDays) {
        this.expiringDays = expiringDays == null || expiringDays < 0 || expiringDays > ContractorSearch.MAX_EXPIRING_DAYS
                ? null : expiringDays;
    }
}
