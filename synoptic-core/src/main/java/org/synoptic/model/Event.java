package org.synoptic.model;

import java.util.List;

/** One happening inside a story: when, what (a one-sentence summary), and who reported it. */
public record Event(String id, String date, String summary, List<String> articles) {
    public Event {
        articles = List.copyOf(articles);
    }
}
