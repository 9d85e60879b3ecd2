package org.synoptic.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Evidence;

class DetailsJsonTest {

    @Test
    void evidenceStoredBeforeConfidenceWasRatedReadsAsLow() {
        String stored = "{\"authors\":[],\"published_time\":\"\",\"modified_time\":\"\",\"evidence\":{\"title\":{\"signal\":\"h1\","
                + "\"value\":\"Ferry sails\",\"beaten\":[]}},\"completeness\":{\"verdict\":\"COMPLETE\",\"reason\":\"whole\"}}";
        Evidence title = DetailsJson.read(stored).evidence().get("title");
        assertEquals(new Evidence("h1", "Ferry sails", Evidence.Confidence.LOW, List.of()), title);
    }

    @Test
    void aRatedConfidenceIsKept() {
        String stored = "{\"authors\":[],\"published_time\":\"\",\"modified_time\":\"\",\"evidence\":{\"title\":{\"signal\":\"h1\","
                + "\"value\":\"Ferry sails\",\"confidence\":\"HIGH\",\"beaten\":[]}},\"completeness\":{\"verdict\":\"COMPLETE\",\"reason\":\"whole\"}}";
        assertEquals(Evidence.Confidence.HIGH, DetailsJson.read(stored).evidence().get("title").confidence());
    }
}
