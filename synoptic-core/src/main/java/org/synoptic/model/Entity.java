package org.synoptic.model;

import java.util.List;

/**
 * One real-world entity across articles: every spelling, title and short form folded into one.
 *
 * @param canonical the preferred written form (the most complete, most frequent variant)
 * @param variants  the distinct surface forms seen, sorted
 */
public record Entity(String id, EntityType type, String canonical, List<String> variants, List<Mention> mentions) {
    public Entity {
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
    }
}
