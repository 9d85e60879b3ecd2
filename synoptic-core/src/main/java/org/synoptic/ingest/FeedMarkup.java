package org.synoptic.ingest;

import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the content of the element the parser is on, through its end tag: as text, as
 * re-serialised markup (Atom XHTML), or skipped. Text kept since the last {@link #overflowed()}
 * is bounded (in characters): past the limit it is dropped and the overflow remembered, so a
 * huge item is refused without being held.
 */
final class FeedMarkup {

    private final XMLStreamReader xml;
    private final long limit;
    private long kept;
    private boolean overflowed;

    FeedMarkup(XMLStreamReader xml, long limit) {
        this.xml = xml;
        this.limit = limit;
    }

    /** Moves to the next child element; false at the parent's end tag. Stray text is ignored. */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** All text inside the element, nested elements' included, entities decoded by the parser. */
    String text() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        for (int open = 1; open > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> open++;
                case XMLStreamConstants.END_ELEMENT -> open--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        append(out, xml.getText());
                default -> { }
            }
        }
        return out.toString();
    }

    void skip() throws XMLStreamException {
        for (int open = 1; open > 0; ) {
            int event = xml.next();
            open += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /**
     * Atom {@code content} or {@code summary} as an HTML fragment: {@code html} is already one,
     * {@code xhtml} is inline markup written back out, and plain {@code text} is escaped so the
     * extractor reads it as text. Out-of-line content ({@code src}) has nothing to read.
     */
    String atomContent() throws XMLStreamException {
        String type = Objects.requireNonNullElse(xml.getAttributeValue(null, "type"), "text").toLowerCase(Locale.ROOT);
        if (xml.getAttributeValue(null, "src") != null) {
            skip();
            return "";
        }
        if (type.contains("xhtml")) {
            return markup();
        }
        return type.contains("html") ? text() : escape(text());
    }

    private String markup() throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        for (int open = 1; open > 0; ) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    open++;
                    StringBuilder tag = new StringBuilder("<").append(xml.getLocalName());
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        tag.append(' ').append(xml.getAttributeLocalName(i))
                                .append("=\"").append(escape(xml.getAttributeValue(i))).append('"');
                    }
                    append(out, tag.append('>').toString());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    open--;
                    if (open > 0) {
                        append(out, "</" + xml.getLocalName() + ">");
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        append(out, escape(xml.getText()));
                default -> { }
            }
        }
        return out.toString();
    }

    /** Whether the text read since the last call went over the limit; starts counting afresh. */
    boolean overflowed() {
        boolean was = overflowed;
        overflowed = false;
        kept = 0;
        return was;
    }

    private void append(StringBuilder out, String text) {
        if (kept + text.length() > limit) {
            overflowed = true;
        } else {
            out.append(text);
            kept += text.length();
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
