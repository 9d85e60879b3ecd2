package org.synoptic.model;

import java.util.List;

/** Articles about one developing matter, and the events in it. */
public record Story(String id, String title, List<String> articles, List<Event> events) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }
}
