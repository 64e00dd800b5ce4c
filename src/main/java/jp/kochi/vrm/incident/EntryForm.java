package jp.kochi.vrm.incident;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A timeline entry as a form holds it: its kind, text and chosen files (never kept between requests). */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EntryKind kind = EntryKind.FOLLOW_UP;
    private String text;
    private transient List<Part> files = new ArrayList<>();

    public void clear() {
        text = null;
        files = new ArrayList<>();
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Part> getFiles() {
        return files == null ? new ArrayList<>() : files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
