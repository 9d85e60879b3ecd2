package org.synoptic.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.synoptic.model.Input;

/**
 * Streams an RSS 2.0 or Atom feed one item at a time with the JDK's StAX parser. DTDs and
 * external entities are off (no XXE, no entity expansion bombs): an entity a DTD would declare
 * is an error. On malformed XML the items already read stand and one failure for the file
 * follows, since a feed is read as a stream and earlier items were well-formed. The outlet is
 * the channel or feed title seen before an item; one written after the items is not applied.
 */
final class FeedReader implements Cursor {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:\\-]+)");
    private static final XMLInputFactory FACTORY = secureFactory();

    private final String source;
    private final Reader reader;
    private final XMLStreamReader xml;
    private final FeedMarkup markup;
    private final boolean atom;
    private final String namespace;
    private final long limit;
    private String outlet = "";
    private int depth = 1;
    private int index;
    private boolean done;

    FeedReader(String source, InputStream in, byte[] head, long limit) throws IOException, Refusal {
        this.source = source;
        this.limit = limit;
        this.reader = reader(in, head);
        try {
            this.xml = FACTORY.createXMLStreamReader(reader);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, doctype
            }
            if (!xml.isStartElement()) {
                throw new Refusal(Reasons.malformedFeed("no root element", 0, 0));
            }
        } catch (XMLStreamException e) {
            throw new Refusal(reason(e));
        }
        String root = xml.getLocalName();
        if (!root.equals("rss") && !root.equals("feed")) {
            throw new Refusal(Reasons.unsupportedXml(root));
        }
        this.atom = root.equals("feed");
        this.namespace = Objects.requireNonNullElse(xml.getNamespaceURI(), "");
        this.markup = new FeedMarkup(xml, limit);
    }

    @Override
    public Optional<Input> next() {
        if (done) {
            return Optional.empty();
        }
        try {
            Optional<Input> item = nextItem();
            if (item.isEmpty()) {
                close();
            }
            return item;
        } catch (XMLStreamException e) {
            close();
            return Optional.of(new Input.Failure(source, reason(e)));
        }
    }

    private Optional<Input> nextItem() throws XMLStreamException {
        int itemDepth = atom ? 2 : 3;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (!atom && depth == 2 && name.equals("channel")) {
                    continue;
                }
                if (depth == itemDepth && name.equals("title")) {
                    String title = markup.text();
                    outlet = markup.overflowed() ? "" : title.strip();
                } else if (depth == itemDepth && name.equals(atom ? "entry" : "item")) {
                    index++;
                    FeedItem item = atom ? atomEntry() : rssItem();
                    depth--;
                    return Optional.of(item.toInput(source + "#" + index, outlet, limit));
                } else {
                    markup.skip();
                }
                depth--;
            }
        }
        return Optional.empty();
    }

    private FeedItem rssItem() throws XMLStreamException {
        FeedItem item = new FeedItem();
        while (markup.nextChild()) {
            String ns = Objects.requireNonNullElse(xml.getNamespaceURI(), "");
            String name = ns.equals(namespace) ? xml.getLocalName() : ns + " " + xml.getLocalName();
            switch (name) {
                case "title" -> item.title = markup.text();
                case "link" -> item.link = markup.text();
                case "description" -> item.summary = markup.text();
                case "author" -> item.email = markup.text();
                case "pubDate" -> item.published = markup.text();
                case CONTENT + " encoded" -> item.content = markup.text();
                case DUBLIN_CORE + " creator" -> item.creator = FeedItem.join(item.creator, markup.text());
                case DUBLIN_CORE + " date" -> item.dcDate = markup.text();
                default -> markup.skip();
            }
        }
        item.tooLarge = markup.overflowed();
        return item;
    }

    private FeedItem atomEntry() throws XMLStreamException {
        FeedItem item = new FeedItem();
        while (markup.nextChild()) {
            String ns = Objects.requireNonNullElse(xml.getNamespaceURI(), "");
            String name = ns.equals(namespace) ? xml.getLocalName() : "";
            switch (name) {
                case "title" -> item.title = markup.text();
                case "link" -> {
                    String rel = Objects.requireNonNullElse(xml.getAttributeValue(null, "rel"), "alternate");
                    String href = Objects.requireNonNullElse(xml.getAttributeValue(null, "href"), "");
                    if (rel.equals("alternate") && item.link.isEmpty()) {
                        item.link = href;
                    }
                    markup.skip();
                }
                case "author" -> item.creator = FeedItem.join(item.creator, authorName());
                case "published" -> item.published = markup.text();
                case "updated" -> item.updated = markup.text();
                case "content" -> item.content = markup.atomContent();
                case "summary" -> item.summary = markup.atomContent();
                default -> markup.skip();
            }
        }
        item.tooLarge = markup.overflowed();
        return item;
    }

    private String authorName() throws XMLStreamException {
        String name = "";
        while (markup.nextChild()) {
            if (xml.getLocalName().equals("name")) {
                name = markup.text();
            } else {
                markup.skip();
            }
        }
        return name;
    }

    /** The parser's own words plus where; or the byte offset of invalid UTF-8, or the I/O error. */
    private static String reason(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Utf8Reader.InvalidUtf8 invalid) {
                return Reasons.notUtf8(invalid.offset);
            }
            if (cause instanceof IOException io) {
                return Reasons.of(io);
            }
        }
        String message = Objects.requireNonNullElse(e.getMessage(), "unreadable XML");
        int at = message.indexOf("Message:");
        String detail = at >= 0 ? message.substring(at + "Message:".length()) : message;
        return e.getLocation() == null
                ? Reasons.malformedFeed(detail, 0, 0)
                : Reasons.malformedFeed(detail, e.getLocation().getLineNumber(), e.getLocation().getColumnNumber());
    }

    /**
     * A byte order mark, else the XML declaration's encoding, else UTF-8 read strictly. Decoding
     * here rather than in the parser keeps its error reporting (which prints to stderr) out of it.
     */
    private static Reader reader(InputStream in, byte[] head) throws IOException {
        Optional<Charset> bom = Decoding.byteOrderMark(head);
        if (bom.isPresent()) {
            int length = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            in.skipNBytes(length);
            return bom.get().equals(StandardCharsets.UTF_8) ? new Utf8Reader(in, length) : new InputStreamReader(in, bom.get());
        }
        Matcher declared = XML_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        Charset charset = declared.find()
                ? Decoding.charset(declared.group(1)).orElse(StandardCharsets.UTF_8)
                : StandardCharsets.UTF_8;
        return charset.equals(StandardCharsets.UTF_8) ? new Utf8Reader(in, 0) : new InputStreamReader(in, charset);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    @Override
    public void close() {
        done = true;
        try {
            xml.close();
            reader.close();
        } catch (XMLStreamException | IOException ignored) {
            // Closing after the last item or a reported failure: nothing left to tell the user.
        }
    }
}
