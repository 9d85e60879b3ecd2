package org.synoptic.store;

/** What {@link ArticleStore#put} did with an article. */
public sealed interface Stored {

    /** The article's id. */
    String id();

    /** The article was new and is now stored. */
    record Added(String id) implements Stored {}

    /** An article with the same content hash was already stored, under this id; nothing written. */
    record AlreadyStored(String id) implements Stored {}

    /** Another article is stored under this id with different content; nothing overwritten. */
    record Conflict(String id, String reason) implements Stored {}
}
