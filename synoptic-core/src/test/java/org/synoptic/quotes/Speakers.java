package org.synoptic.quotes;

import java.util.ArrayList;
import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Mention;

/** Hand-made entities for quote tests: every occurrence of each written form is a mention. */
final class Speakers {

    private Speakers() {}

    static Entity person(String id, Article article, String... forms) {
        return entity(id, EntityType.PERSON, article, forms);
    }

    static Entity entity(String id, EntityType type, Article article, String... forms) {
        List<Mention> mentions = new ArrayList<>();
        String text = article.text();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                int start = at;
                // A longer form already covers this occurrence.
                if (mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                    mentions.add(new Mention(article.id(), at, at + form.length(), form));
                }
            }
        }
        return new Entity(id, type, forms[0], List.of(forms), mentions);
    }
}
