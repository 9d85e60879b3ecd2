package org.synoptic.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.synoptic.extract.DateCandidate.Kind;
import org.synoptic.extract.PublishedDate.Signal;

/**
 * Every date an HTML page offers about itself, as {@link DateCandidate}s for {@link PublishedDate}:
 * JSON-LD date properties by node type, publication and modification meta tags by name, the page
 * walk of {@link DateWalk}, and the URL path ({@link UrlDates}). Reads the untouched page, before
 * the body is cleaned for text extraction.
 */
final class DateSignals {

    private static final Pattern REPLY_TYPE = Pattern.compile(".*\\b(?:Comment|Review|Answer|Question|Rating)\\b.*");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(".*(?:Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)\\b.*");
    private static final Pattern PAGE_TYPE = Pattern.compile(".*Page\\b.*");
    private static final Pattern MEDIA_TYPE = Pattern.compile(".*(?:ImageObject|VideoObject|AudioObject|MediaObject).*");

    /** Meta names of the first publication, in the order they are trusted; the generic "date" names last. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "article:published", "published_time", "datepublished", "datecreated",
            "pubdate", "pub_date", "publishdate", "publish-date", "publish_date", "publication_date", "published-date",
            "article.published", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "bt:pubdate",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date",
            "citation_date", "original-publish-date", "release_date", "date", "dc.date", "dcterms.date", "dc:date");
    private static final int GENERIC_PUBLISHED_META = PUBLISHED_META.indexOf("date");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "og:modified_time", "article:modified", "modified_time", "datemodified", "bt:moddate", "dc.date.modified",
            "dcterms.modified", "lastmod", "last-modified", "revised", "updated_time");

    private static final Set<String> KNOWN_META = known();
    private static final List<String> MODIFIED_NAME = List.of("modif", "updat", "revis");
    private static final List<String> PUBLISHED_NAME = List.of("publish", "pubdate", "creat", "upload", "release", "date", "time");
    private static final List<String> OTHER_DATE = List.of("expir", "valid", "event", "start", "end", "birth", "crawl", "visit",
            "edit", "zone", "cache", "refresh", "runtime", "duration", "read", "view");

    private DateSignals() {}

    private static Set<String> known() {
        Set<String> known = new HashSet<>(PUBLISHED_META);
        known.addAll(MODIFIED_META);
        return Set.copyOf(known);
    }

    static PublishedDate read(PageElements page, MetaTags meta, JsonLd.Facts ld, String url, DateWalk.Scan scan) {
        Document document = page.document;
        PublishedDate dates = new PublishedDate();
        ld.dates().forEach(value -> jsonLd(value, dates));
        for (int i = 0; i < PUBLISHED_META.size(); i++) {
            String name = PUBLISHED_META.get(i);
            int strength = i < GENERIC_PUBLISHED_META ? 0 : 1;
            meta.all(name).forEach(value -> Stamp.parse(value).ifPresent(stamp ->
                    dates.add(DateCandidate.of(Kind.PUBLISHED, Signal.META, "meta:" + name, stamp, strength, ""))));
        }
        for (String name : MODIFIED_META) {
            meta.all(name).forEach(value -> Stamp.parse(value).ifPresent(stamp ->
                    dates.add(DateCandidate.of(Kind.MODIFIED, Signal.META, "meta:" + name, stamp, 0, ""))));
        }
        otherMeta(meta, dates);
        Optional<LocalDate> urlDay = UrlDates.day(url);
        Optional<YearMonth> urlMonth = urlDay.isPresent() ? Optional.empty() : UrlDates.month(url);
        Element body = document.body();
        if (body != null) {
            String title = meta.first("og:title", "twitter:title");
            DateText.SlashOrder order = slashOrder(document, meta);
            dates.pageWalk((latest, fetched) -> {
                if (settled(dates, urlDay, urlMonth, latest)) {
                    return List.of();
                }
                return DateWalk.walk(scan, order, DateContext.of(document, title, scan.sizes()), fetched);
            });
        }
        urlDay.ifPresent(day -> dates.add(DateCandidate.of(Kind.PUBLISHED, Signal.URL, "url", Stamp.ofDay(day), 0, "")));
        String canonical = Metadata.firstNonEmpty(page.headCanonicalUrl(), meta.first("og:url"));
        if (!canonical.equals(url)) {
            UrlDates.day(canonical).ifPresent(day ->
                    dates.add(DateCandidate.of(Kind.PUBLISHED, Signal.URL, "url:canonical", Stamp.ofDay(day), 1, "")));
        }
        UrlDates.day(meta.first("og:image", "twitter:image", "twitter:image:src")).ifPresent(day ->
                dates.add(DateCandidate.of(Kind.PUBLISHED, Signal.PAGE_TEXT, "image-url", Stamp.ofDay(day), 5, "")));
        urlMonth.ifPresent(dates::urlMonth);
        return dates;
    }

    /**
     * Whether the page's metadata already settles the publication day, so the walk over the page
     * could only add candidates that lose: a plausible JSON-LD or meta publication date (not after
     * {@code latest}, not before 1990) that agrees with the URL's day or month, if any, and a
     * metadata update date (else the markup may hold one). A UTC time without a URL day to confirm
     * it is not settled: the page may show the publisher's own day. Reading the page is most of
     * the cost of dates; many news pages skip it.
     */
    private static boolean settled(PublishedDate dates, Optional<LocalDate> urlDay, Optional<YearMonth> urlMonth, LocalDate latest) {
        Optional<DateCandidate> best = dates.strongest(Kind.PUBLISHED);
        Optional<DateCandidate> update = dates.strongest(Kind.MODIFIED);
        if (best.isEmpty() || best.get().signal().compareTo(Signal.META) > 0
                || update.isEmpty() || update.get().signal().compareTo(Signal.META) > 0) {
            return false;
        }
        LocalDate day = best.get().stamp().day();
        boolean urlAgrees = urlDay.map(day::equals).orElse(!best.get().stamp().utc());
        return !day.isBefore(PublishedDate.EARLIEST) && !day.isAfter(latest) && urlAgrees
                && urlMonth.map(m -> m.equals(YearMonth.from(day))).orElse(true);
    }

    /**
     * Meta tags of other names that still say what they hold ("five_hundred_pixels:uploaded",
     * "article:updated"): below the known names, and never a name about something else's date.
     */
    private static void otherMeta(MetaTags meta, PublishedDate dates) {
        List<String> dated = new ArrayList<>();
        for (String name : meta.names()) {
            // Most names mention no date at all: that test first.
            if ((mentions(name, MODIFIED_NAME) || mentions(name, PUBLISHED_NAME))
                    && !KNOWN_META.contains(name) && !mentions(name, OTHER_DATE)) {
                dated.add(name);
            }
        }
        // In name order, so that the same page gives the same candidates in the same order.
        dated.sort(null);
        for (String name : dated) {
            Kind kind = mentions(name, MODIFIED_NAME) ? Kind.MODIFIED : Kind.PUBLISHED;
            meta.all(name).forEach(value -> Stamp.parse(value).ifPresent(stamp ->
                    dates.add(DateCandidate.of(kind, Signal.META, "meta:" + name, stamp, 5, ""))));
        }
    }

    private static boolean mentions(String name, List<String> stems) {
        for (String stem : stems) {
            if (name.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void jsonLd(JsonLd.DateValue value, PublishedDate dates) {
        Optional<Stamp> stamp = Stamp.parse(value.value());
        if (stamp.isEmpty()) {
            return;
        }
        Kind kind = value.property().equals("dateModified") ? Kind.MODIFIED : Kind.PUBLISHED;
        String type = value.type();
        String firstType = type.isEmpty() ? "" : type.substring(0, type.indexOf(' ') < 0 ? type.length() : type.indexOf(' '));
        if (REPLY_TYPE.matcher(type).matches()) {
            dates.add(DateCandidate.of(kind, Signal.JSON_LD, "json-ld:" + firstType, stamp.get(), 9, DateContext.COMMENTS));
            return;
        }
        // Strengths of ten and more rank a node below later signals: a WebPage or other node just
        // below the article's meta tags (10 + 12 = 22, after 20 and 21), a media node's upload
        // below the <time> elements (10 + 25 = 35).
        int strength;
        String label;
        if (ARTICLE_TYPE.matcher(type).matches()) {
            strength = value.property().equals("dateCreated") ? 1 : 0;
            label = "json-ld";
        } else if (PAGE_TYPE.matcher(type).matches()) {
            strength = 12;
            label = "json-ld:" + firstType;
        } else if (MEDIA_TYPE.matcher(type).matches()) {
            strength = 25;
            label = "json-ld:" + firstType;
        } else {
            strength = 13;
            label = firstType.isEmpty() ? "json-ld:untyped" : "json-ld:" + firstType;
        }
        dates.add(DateCandidate.of(kind, Signal.JSON_LD, label, stamp.get(), strength, ""));
    }

    /**
     * How the page writes n/n/yyyy: month first in US English, day first in every other language;
     * unknown (ambiguous dates skipped) when the page names no language.
     */
    static DateText.SlashOrder slashOrder(Document document, MetaTags meta) {
        Element html = Metadata.htmlElement(document);
        String lang = Metadata.firstNonEmpty(html == null ? "" : html.attr("lang"), meta.first("og:locale", "content-language"))
                .toLowerCase(Locale.ROOT).replace('_', '-');
        if (lang.isEmpty()) {
            return DateText.SlashOrder.UNKNOWN;
        }
        if (lang.equals("en") || lang.startsWith("en-us")) {
            return DateText.SlashOrder.MONTH_FIRST;
        }
        return DateText.SlashOrder.DAY_FIRST;
    }
}
