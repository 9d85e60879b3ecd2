package org.synoptic.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Test-only reader for the shared TempEval-3 TBAQ data: a tiny ustar reader over the gzipped
 * tarball (core has no commons-compress), the JDK's DOM parser for the TimeML, and Jackson for
 * the gold JSONL. Offsets in the gold refer to the text content of {@code <TEXT>}.
 */
final class TbaqCorpus {

    record Doc(String id, String text, LocalDate dct) {}

    record Gold(String doc, String type, String value, int start, int end) {}

    private TbaqCorpus() {}

    /** The nearest ancestor's sibling {@code shared/data}, walking up from the working directory. */
    static Optional<Path> sharedData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Map<String, Doc> docs(Path tarGz) throws Exception {
        Map<String, Doc> docs = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
            DataInputStream data = new DataInputStream(in);
            byte[] header = new byte[512];
            while (true) {
                try {
                    data.readFully(header);
                } catch (EOFException e) {
                    break;
                }
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break; // the two zero blocks that end an archive
                }
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] body = new byte[Math.toIntExact(size)];
                data.readFully(body);
                data.skipNBytes((512 - size % 512) % 512);
                if (header[156] == '0' || header[156] == 0) {
                    if (name.endsWith(".tml")) {
                        Doc doc = parse(body);
                        docs.put(doc.id(), doc);
                    }
                }
            }
        }
        return docs;
    }

    static List<Gold> gold(Path jsonlGz) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode n = json.readTree(line);
                out.add(new Gold(n.get("doc").asText(), n.get("type").asText(), n.get("value").asText(),
                        n.get("start").asInt(), n.get("end").asInt()));
            }
        }
        return out;
    }

    private static Doc parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        String id = dom.getElementsByTagName("DOCID").item(0).getTextContent().trim();
        String text = dom.getElementsByTagName("TEXT").item(0).getTextContent();
        Element dctElement = (Element) dom.getElementsByTagName("DCT").item(0);
        Element dct = (Element) dctElement.getElementsByTagName("TIMEX3").item(0);
        return new Doc(id, text, LocalDate.parse(dct.getAttribute("value").substring(0, 10)));
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
