package org.synoptic.model;

/** How a passage was carried from one article to another. */
public enum ReuseKind {
    VERBATIM,
    PARAPHRASE
}
