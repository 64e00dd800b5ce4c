package jp.kochi.vrm.annex;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts an {@link AnnexDocument} into a copy of the template's DOM. The template marks where values go with
 * {@code data-annex="…"} attributes; repeated parts (a fact row, a chapter, an article, a paragraph) are
 * written once as a prototype that is cloned per item and then removed. Values become text nodes, so
 * markup or template syntax in them is printed as it is.
 */
final class AnnexDomFiller {

    static final String ATTRIBUTE = "data-annex";

    static final String TITLE = "title";
    static final String DOCUMENT_NUMBER = "document-number";
    static final String VERSION = "version";
    static final String ISSUED_ON = "issued-on";
    static final String ISSUER = "issuer";
    static final String FACT = "fact";
    static final String FACT_LABEL = "fact-label";
    static final String FACT_VALUE = "fact-value";
    static final String CHAPTER = "chapter";
    static final String CHAPTER_TITLE = "chapter-title";
    static final String ARTICLE = "article";
    static final String ARTICLE_HEADING = "article-heading";
    static final String PARAGRAPH = "paragraph";
    static final String PARAGRAPH_NUMBER = "paragraph-number";
    static final String PARAGRAPH_TEXT = "paragraph-text";

    /** Added to the class of a chapter's first paragraph, which has no number. */
    static final String UNNUMBERED_CLASS = "unnumbered";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private AnnexDomFiller() {
    }

    /**
     * Refuses a template without a place for every value: a PDF that silently left out the articles or the
     * document number would be worse than none.
     */
    static void checkTemplate(Document template, String location) {
        Element root = template.getDocumentElement();
        List<String> missing = new ArrayList<>();
        for (String slot : List.of(TITLE, DOCUMENT_NUMBER, VERSION, ISSUED_ON, ISSUER)) {
            if (all(root, slot).isEmpty()) {
                missing.add(slot);
            }
        }
        Element fact = first(root, FACT);
        if (fact == null) {
            missing.add(FACT);
        } else {
            requireInside(fact, FACT, missing, FACT_LABEL, FACT_VALUE);
        }
        Element chapter = first(root, CHAPTER);
        if (chapter == null) {
            missing.add(CHAPTER);
        } else {
            requireInside(chapter, CHAPTER, missing, CHAPTER_TITLE, ARTICLE);
            Element article = first(chapter, ARTICLE);
            if (article != null) {
                requireInside(article, ARTICLE, missing, ARTICLE_HEADING, PARAGRAPH);
                Element paragraph = first(article, PARAGRAPH);
                if (paragraph != null) {
                    requireInside(paragraph, PARAGRAPH, missing, PARAGRAPH_NUMBER, PARAGRAPH_TEXT);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AnnexTemplateException(location, "no element with " + ATTRIBUTE + "=\"…\" for "
                    + String.join(", ", missing) + " (see contracts-templates/README.md)");
        }
    }

    private static void requireInside(Element parent, String parentSlot, List<String> missing, String... slots) {
        for (String slot : slots) {
            if (first(parent, slot) == null) {
                missing.add(slot + " (inside " + parentSlot + ")");
            }
        }
    }

    /** Fills {@code dom}, a private copy of a template that passed {@link #checkTemplate}. */
    static void fill(Document dom, AnnexDocument annex) {
        Element root = dom.getDocumentElement();
        setTextOfAll(root, TITLE, annex.title());
        setTextOfAll(root, DOCUMENT_NUMBER, annex.documentNumber());
        setTextOfAll(root, VERSION, Integer.toString(annex.version()));
        setTextOfAll(root, ISSUED_ON, DATE.format(annex.issuedOn()));
        setTextOfAll(root, ISSUER, annex.issuer());

        Element factPrototype = first(root, FACT);
        for (AnnexDocument.Fact fact : annex.facts()) {
            Element row = cloneBefore(factPrototype);
            setTextOfAll(row, FACT_LABEL, fact.label());
            setTextOfAll(row, FACT_VALUE, fact.value());
        }
        remove(factPrototype);

        Element chapterPrototype = first(root, CHAPTER);
        for (AnnexDocument.Chapter chapter : annex.chapters()) {
            Element chapterElement = cloneBefore(chapterPrototype);
            setTextOfAll(chapterElement, CHAPTER_TITLE, chapter.title());
            Element articlePrototype = first(chapterElement, ARTICLE);
            int articleNumber = 0;
            for (AnnexDocument.Article article : chapter.articles()) {
                articleNumber++;
                Element articleElement = cloneBefore(articlePrototype);
                setTextOfAll(articleElement, ARTICLE_HEADING, articleHeading(articleNumber, article.heading()));
                fillParagraphs(articleElement, article.paragraphs());
            }
            remove(articlePrototype);
        }
        remove(chapterPrototype);
    }

    private static void fillParagraphs(Element articleElement, List<String> paragraphs) {
        Element prototype = first(articleElement, PARAGRAPH);
        int number = 0;
        for (String text : paragraphs) {
            number++;
            Element paragraph = cloneBefore(prototype);
            if (number == 1) {
                all(paragraph, PARAGRAPH_NUMBER).forEach(AnnexDomFiller::remove);
                String classes = paragraph.getAttribute("class");
                paragraph.setAttribute("class", classes.isEmpty() ? UNNUMBERED_CLASS : classes + " " + UNNUMBERED_CLASS);
            } else {
                setTextOfAll(paragraph, PARAGRAPH_NUMBER, fullWidth(number));
            }
            setTextOfAll(paragraph, PARAGRAPH_TEXT, text);
        }
        remove(prototype);
    }

    /** 第1条（見出し）, or 第1条 for an article without a heading. */
    static String articleHeading(int number, String heading) {
        String stripped = heading.strip();
        return "第" + number + "条" + (stripped.isEmpty() ? "" : "（" + stripped + "）");
    }

    /** 2 → ２, 12 → １２: paragraph numbers as Japanese legal texts print them. */
    static String fullWidth(int number) {
        String digits = Integer.toString(number);
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            out.append((char) ('０' + (digits.charAt(i) - '0')));
        }
        return out.toString();
    }

    private static Element cloneBefore(Element prototype) {
        Element copy = (Element) prototype.cloneNode(true);
        prototype.getParentNode().insertBefore(copy, prototype);
        return copy;
    }

    private static void remove(Node node) {
        node.getParentNode().removeChild(node);
    }

    private static void setTextOfAll(Element scope, String slot, String value) {
        String text = printable(value);
        for (Element element : all(scope, slot)) {
            while (element.getFirstChild() != null) {
                element.removeChild(element.getFirstChild());
            }
            element.appendChild(element.getOwnerDocument().createTextNode(text));
        }
    }

    /**
     * Drops the characters XML 1.0 does not allow (control characters, lone surrogates): they print
     * nothing and would only trip the layout engine.
     */
    static String printable(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (allowed) {
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private static Element first(Element scope, String slot) {
        List<Element> found = new ArrayList<>(1);
        collect(scope, slot, found, true);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> all(Element scope, String slot) {
        List<Element> found = new ArrayList<>();
        collect(scope, slot, found, false);
        return found;
    }

    private static boolean collect(Element element, String slot, List<Element> found, boolean firstOnly) {
        if (slot.equals(element.getAttribute(ATTRIBUTE))) {
            found.add(element);
            if (firstOnly) {
                return true;
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element && collect((Element) child, slot, found, firstOnly)) {
                return true;
            }
        }
        return false;
    }
}
