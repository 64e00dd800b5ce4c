package jp.kochi.vrm.annex;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * openhtmltopdf's line breaker for Japanese text, by {@link LineBreakRules}. Like a
 * {@link java.text.BreakIterator}, {@link #next()} gives each break opportunity in turn, then the end of
 * the text, then -1. One instance per render: openhtmltopdf reuses it for every line, and it keeps state.
 */
public final class JapaneseLineBreaker implements FSTextBreaker {

    private static final int DONE = -1;

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        this.text = newText;
        this.position = 0;
    }

    @Override
    public int next() {
        int length = text.length();
        if (position >= length) {
            return DONE;
        }
        for (int i = position + 1; i < length; i++) {
            if (LineBreakRules.canBreakBefore(text, i)) {
                position = i;
                return i;
            }
        }
        position = length;
        return length;
    }
}
