package org.synoptic.model;

/** What a decoded document's content is, which decides how extraction reads it. */
public enum ContentType {
    HTML,
    TEXT
}
