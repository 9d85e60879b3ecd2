package org.synoptic.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page's address says about the page: a front page, a listing (tag, category, search,
 * author, archive by year or month, page N of a listing), a service page (terms, privacy,
 * imprint, contact, login), a wiki's revision view, or a social network's page. These are never
 * articles, whatever their markup says. Judged on the path's words and query keys only.
 */
final class UrlShape {

    private static final Pattern FRONT_PAGE = Pattern.compile("(?i)index\\.\\w+|home|start(seite)?");
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.\\w+$");

    private static final Set<String> LISTING_WORDS = Set.of(
            "tag", "tags", "category", "categories", "kategorie", "categorie", "categoria", "rubrik", "topic", "topics",
            "thema", "themen", "search", "suche", "recherche", "buscar", "author", "authors", "autor", "auteur", "archive",
            "archives", "archiv", "page", "seite", "feed", "feeds");
    private static final Set<String> SERVICE_WORDS = Set.of(
            "terms", "terms-of-service", "terms-of-use", "tos", "privacy", "privacy-policy", "datenschutz",
            "datenschutzerklaerung", "impressum", "imprint", "about", "about-us", "contact", "kontakt", "agb", "legal",
            "disclaimer", "cookies", "cookie-policy", "login", "signin", "sign-in", "register", "registrieren", "sitemap",
            "faq", "help", "hilfe");
    private static final Set<String> REVISION_KEYS = Set.of("diff", "oldid", "action");
    private static final Set<String> SOCIAL_HOSTS = Set.of(
            "facebook.com", "twitter.com", "x.com", "instagram.com", "tiktok.com", "youtube.com", "pinterest.com",
            "linkedin.com");
    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\d{4}|\\d{1,2}");
    private static final Pattern SLUG_WORDS = Pattern.compile("[\\-_]");
    private static final int MAX_LISTING_TAIL_WORDS = 2;

    private UrlShape() {}

    /** Why the address is not an article's, or empty when it may be one. */
    static Optional<String> notArticle(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = Metadata.hostName(uri.getHost());
        if (SOCIAL_HOSTS.contains(host) || SOCIAL_HOSTS.stream().anyMatch(s -> host.endsWith("." + s))) {
            return Optional.of("a social network page (" + host + ")");
        }
        String query = Optional.ofNullable(uri.getRawQuery()).orElse("");
        for (String pair : query.split("&")) {
            if (REVISION_KEYS.contains(pair.split("=", 2)[0].toLowerCase(Locale.ROOT))) {
                return Optional.of("a wiki revision or action view (" + pair + ")");
            }
        }
        List<String> segments = segments(uri);
        if (segments.isEmpty() || (segments.size() == 1 && FRONT_PAGE.matcher(segments.get(0)).matches())) {
            return query.isEmpty() ? Optional.of("the site's front page") : Optional.empty();
        }
        String last = FILE_EXTENSION.matcher(segments.get(segments.size() - 1).toLowerCase(Locale.ROOT)).replaceAll("");
        if (SERVICE_WORDS.contains(last)) {
            return Optional.of("a service page (/" + last + ")");
        }
        if (segments.stream().allMatch(s -> YEAR_OR_MONTH.matcher(s).matches())) {
            return Optional.of("an archive by date (/" + String.join("/", segments) + "/)");
        }
        for (int i = 0; i < segments.size(); i++) {
            if (LISTING_WORDS.contains(segments.get(i).toLowerCase(Locale.ROOT)) && isShortTail(segments.subList(i + 1, segments.size()))) {
                return Optional.of("a listing (/" + String.join("/", segments.subList(i, segments.size())) + ")");
            }
        }
        return Optional.empty();
    }

    /** After a listing word, at most one segment of at most two words: "/tag/climate", not "/topics/a-long-article-slug". */
    private static boolean isShortTail(List<String> tail) {
        return tail.size() <= 1 && tail.stream().allMatch(s -> SLUG_WORDS.split(s).length <= MAX_LISTING_TAIL_WORDS);
    }

    /** The path of {@code url}, "/" when it has none; empty when it is not a URL. */
    static String path(String url) {
        URI uri = parse(url);
        if (uri == null) {
            return "";
        }
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        return path.isEmpty() ? "/" : path;
    }

    private static List<String> segments(URI uri) {
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    private static URI parse(String url) {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
