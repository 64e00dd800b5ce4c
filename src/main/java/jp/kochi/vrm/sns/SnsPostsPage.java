package jp.kochi.vrm.sns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kochi.vrm.platform.BusinessRuleViolation;
import jp.kochi.vrm.platform.SheetWriter;
import jp.kochi.vrm.platform.faces.UiMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The post log ({@code /staff/sns/posts.xhtml}): search and CSV export of the posts of the accounts the user sees. */
@Named
@ViewScoped
public class SnsPostsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows shown; the export has every match. */
    static final int SHOWN = 500;

    @Inject
    private SnsAccounts accounts;

    @Inject
    private UiMessages messages;

    private final PostSearch search = new PostSearch();
    private List<SnsPost> posts = List.of();
    private List<AccountRow> accountOptions;

    public void load() {
        if (accountOptions == null) {
            accountOptions = accounts.list();
            find();
        }
    }

    public void find() {
        try {
            posts = accounts.posts(search, SHOWN);
        } catch (BusinessRuleViolation e) {
            messages.error(e);
            posts = List.of();
        }
    }

    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name("sns-posts.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        accounts.export(search, writer, key -> messages.text(key));
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The same posts as an Excel workbook (.xlsx). */
    public StreamedContent getExportXlsx() {
        return DefaultStreamedContent.builder()
                .name("sns-posts.xlsx")
                .contentType(SheetWriter.CONTENT_TYPE)
                .writer(out -> {
                    try {
                        accounts.exportXlsx(search, out, key -> messages.text(key));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public PostCategory[] getCategories() {
        return PostCategory.values();
    }

    public PostSearch getSearch() {
        return search;
    }

    public List<SnsPost> getPosts() {
        return posts;
    }

    public List<AccountRow> getAccountOptions() {
        return accountOptions;
    }
}
