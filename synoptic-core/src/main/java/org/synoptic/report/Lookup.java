package org.synoptic.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Report;

/**
 * Articles and entities of a report by id (the first wins when an id repeats), and the labels
 * and fragment ids the page uses for them. Labels are raw text: callers escape them.
 */
final class Lookup {

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();

    Lookup(Report report) {
        report.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
        report.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
    }

    Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** The article's title, else a placeholder naming its id. */
    String title(String articleId) {
        return article(articleId).map(Lookup::title).orElse("[missing article " + articleId + "]");
    }

    static String title(Article article) {
        return article.title().isBlank() ? "[untitled " + article.id() + "]" : article.title();
    }

    /** The article's outlet, else its title: the short name a source list shows. */
    String outlet(String articleId) {
        return article(articleId)
                .map(a -> a.outlet().isBlank() ? title(a) : a.outlet())
                .orElse("[missing article " + articleId + "]");
    }

    static String articleAnchor(String articleId) {
        return "article-" + Html.id(articleId);
    }

    static String spanAnchor(String articleId, int start) {
        return "a-" + Html.id(articleId) + "-" + start;
    }
}
