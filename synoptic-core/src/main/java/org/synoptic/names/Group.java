package org.synoptic.names;

import java.util.List;
import org.synoptic.model.EntityType;

/** Mentions linked as one entity, before it gets its canonical name and id. */
record Group(EntityType type, List<Candidate> mentions) {
    Group {
        mentions = List.copyOf(mentions);
    }
}
