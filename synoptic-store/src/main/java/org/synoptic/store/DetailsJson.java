package org.synoptic.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.synoptic.model.Completeness;
import org.synoptic.model.Details;
import org.synoptic.model.Evidence;

/** {@link Details} to and from the JSON of the {@code details} column; {@code {}} reads as not judged. */
final class DetailsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DetailsJson() {}

    static String write(Details details) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode authors = root.putArray("authors");
        details.authors().forEach(authors::add);
        root.put("published_time", details.publishedTime());
        details.modified().ifPresent(d -> root.put("modified", d.toString()));
        root.put("modified_time", details.modifiedTime());
        ObjectNode evidence = root.putObject("evidence");
        details.evidence().forEach((field, e) -> {
            ObjectNode node = evidence.putObject(field);
            node.put("signal", e.signal());
            node.put("value", e.value());
            node.put("confidence", e.confidence().name());
            ArrayNode beaten = node.putArray("beaten");
            for (Evidence.Candidate c : e.beaten()) {
                beaten.addObject().put("signal", c.signal()).put("value", c.value()).put("reason", c.reason());
            }
        });
        root.putObject("completeness")
                .put("verdict", details.completeness().verdict().name())
                .put("reason", details.completeness().reason());
        return root.toString();
    }

    static Details read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable details column: " + e.getMessage(), e);
        }
        if (root == null || !root.has("completeness")) {
            return Details.UNJUDGED;
        }
        List<String> authors = new ArrayList<>();
        root.path("authors").forEach(a -> authors.add(a.asText()));
        Map<String, Evidence> evidence = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("evidence").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Evidence.Candidate> beaten = new ArrayList<>();
            e.getValue().path("beaten").forEach(c -> beaten.add(new Evidence.Candidate(
                    c.path("signal").asText(), c.path("value").asText(), c.path("reason").asText())));
            evidence.put(e.getKey(), new Evidence(e.getValue().path("signal").asText(), e.getValue().path("value").asText(),
                    confidence(e.getValue().path("confidence").asText()), beaten));
        }
        JsonNode completeness = root.path("completeness");
        return new Details(authors, root.path("published_time").asText(""),
                root.hasNonNull("modified") ? Optional.of(LocalDate.parse(root.get("modified").asText())) : Optional.empty(),
                root.path("modified_time").asText(""), evidence,
                new Completeness(Completeness.Verdict.valueOf(completeness.path("verdict").asText()),
                        completeness.path("reason").asText()));
    }

    /**
     * A stored confidence; evidence stored before confidence was rated reads as low: a choice that
     * was never rated is not shown as a sure one.
     */
    private static Evidence.Confidence confidence(String stored) {
        for (Evidence.Confidence level : Evidence.Confidence.values()) {
            if (level.name().equals(stored)) {
                return level;
            }
        }
        return Evidence.Confidence.LOW;
    }
}
