package org.synoptic.extract;

import java.util.List;
import org.synoptic.model.Evidence;

/** Evidence for a field a container's hint decided: the hint wins over what the page itself says. */
final class Hinted {

    private Hinted() {}

    /** The hint's value, beating the page's own decision when there was one. */
    static Evidence over(Evidence found, String hinted) {
        List<Evidence.Candidate> beaten = found == null || found.value().equals(hinted) ? List.of()
                : List.of(new Evidence.Candidate(found.signal(), found.value(), "the container's hint wins"));
        // The container states the value on purpose: the page's own agreeing makes it sure.
        Evidence.Confidence confidence = found != null && found.value().equals(hinted) ? Evidence.Confidence.HIGH : Evidence.Confidence.MEDIUM;
        return new Evidence("hint", hinted, confidence, beaten);
    }
}
