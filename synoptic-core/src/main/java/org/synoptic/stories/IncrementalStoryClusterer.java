package org.synoptic.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/**
 * Groups articles into stories by one incremental pass, then splits each story into events.
 *
 * <p><b>Stories.</b> Articles are visited in publication order (undated ones last, by id), as a
 * news stream arrives. Each joins the existing story it is most similar to, or starts a new one
 * when no story reaches {@link #JOIN_THRESHOLD}. Similarity to a story is single-link: the best
 * similarity to any member. Similarity of two articles combines, with equal weight, TF-IDF cosine
 * of content terms and the IDF-weighted overlap of resolved entities ({@link Profiles}), so two
 * reports that name the same rare people and use the same words meet, and reports sharing only
 * "Iran" and "Russia" do not. A dated article never joins a story whose nearest dated member is
 * more than {@link #MAX_GAP_DAYS} days away: a later, different happening with the same actors
 * (users' first complaint about aggregators is such false merges) starts its own story.
 *
 * <p><b>Events.</b> Inside a story, the dates its articles mention ({@link Events}) are the
 * events: each day (or month) that one article leads with or two articles mention.
 *
 * <p>Cost: candidates come from an inverted index over each article's {@value #KEY_TERMS} heaviest
 * terms and its entities (the latest {@value #MAX_KEY_MEMBERS} members per key: a story takes in
 * only articles near its latest report, so a key's oldest members matter least, and a long stream
 * still indexes its new articles), so each article is compared with a bounded number of earlier
 * ones, not all of them (doubling the keys changes nothing on the dev set); the gap test reads the
 * group's latest publication date, kept as articles arrive in date order. The threshold puts
 * precision first, since users' first complaint is false merges. On
 * {@code ../shared/data/clusters/dev} 0.3 gives BCubed P 0.985, R 0.657, F1 0.788 (4 wrongly merged
 * pairs), 0.25 gives F1 0.833 and 0.15 F1 0.867 (50 wrong pairs); but on the five seed reports,
 * whose later report has no date to gate it, the later report scores 0.262 against the earlier
 * story while true pairs score 0.339 or more, so the threshold stays in that gap. Raising recall
 * needs better evidence (dates from text, events), not a lower bar. Not done yet: merging two
 * stories that a late article bridges, splitting drifting stories, embeddings.
 */
final class IncrementalStoryClusterer implements StoryClusterer {

    static final double JOIN_THRESHOLD = 0.3;
    static final long MAX_GAP_DAYS = 45;
    /** Heaviest terms per article used as blocking keys. */
    static final int KEY_TERMS = 12;
    /** Members remembered per blocking key, the latest ones: the bound on comparisons per key. */
    static final int MAX_KEY_MEMBERS = 200;

    @Override
    public List<Story> cluster(List<Article> articles, List<Entity> entities, List<Timex> timexes) {
        Profiles profiles = Profiles.of(articles, entities);
        List<Article> order = articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.published().orElse(LocalDate.MAX))
                        .thenComparing(Article::id))
                .toList();
        List<List<Article>> groups = new ArrayList<>();
        // Articles come in publication order, so a group's nearest dated member, for a dated
        // newcomer, is its latest: kept per group instead of searched for each candidate.
        List<Optional<LocalDate>> latestDates = new ArrayList<>();
        // Members are known by their place in the order: an article's record hash would walk
        // all its fields at every lookup.
        int[] groupOf = new int[order.size()];
        int[] seenBy = new int[order.size()];
        Map<String, Deque<Integer>> membersByKey = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Article article = order.get(i);
            List<String> keys = profiles.keys(article.id(), KEY_TERMS);
            int best = -1;
            double bestScore = JOIN_THRESHOLD;
            for (String key : keys) {
                Deque<Integer> members = membersByKey.get(key);
                if (members == null) {
                    continue;
                }
                for (int member : members) {
                    if (seenBy[member] == i + 1) {
                        continue;
                    }
                    seenBy[member] = i + 1;
                    int group = groupOf[member];
                    if (!withinGap(article, latestDates.get(group))) {
                        continue;
                    }
                    double score = profiles.similarity(article.id(), order.get(member).id());
                    if (score > bestScore || score == bestScore && (best < 0 || group < best)) {
                        bestScore = score;
                        best = group;
                    }
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
                latestDates.add(Optional.empty());
            }
            groups.get(best).add(article);
            if (article.published().isPresent()) {
                latestDates.set(best, article.published());
            }
            groupOf[i] = best;
            for (String key : keys) {
                Deque<Integer> remembered = membersByKey.computeIfAbsent(key, k -> new ArrayDeque<>());
                if (remembered.size() == MAX_KEY_MEMBERS) {
                    remembered.removeFirst();
                }
                remembered.addLast(i);
            }
        }
        Map<String, List<Timex>> timexesByArticle = Events.byArticle(timexes);
        List<Story> stories = new ArrayList<>();
        for (List<Article> group : groups) {
            Article first = group.get(0);
            String id = "s-" + first.id();
            List<String> ids = group.stream().map(Article::id).sorted().toList();
            Article titled = group.stream().filter(a -> !a.title().isBlank()).findFirst().orElse(first);
            stories.add(new Story(id, title(titled), ids, Events.of(id, group, timexesByArticle)));
        }
        stories.sort(Comparator.comparing(Story::id));
        return List.copyOf(stories);
    }

    /** Whether an article may join a group whose latest dated member was published on {@code latest}. */
    private static boolean withinGap(Article article, Optional<LocalDate> latest) {
        if (article.published().isEmpty() || latest.isEmpty()) {
            return true;
        }
        return ChronoUnit.DAYS.between(latest.get(), article.published().get()) <= MAX_GAP_DAYS;
    }

    /** The first-published report's headline; a story of untitled reports takes a first sentence. */
    private static String title(Article article) {
        if (!article.title().isBlank()) {
            return article.title();
        }
        String text = article.text().strip();
        int stop = text.indexOf(". ");
        String first = stop > 0 ? text.substring(0, stop) : text;
        return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }
}
