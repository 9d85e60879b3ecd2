package org.synoptic.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.synoptic.internal.Sentences;
import org.synoptic.model.Article;
import org.synoptic.model.Event;
import org.synoptic.model.Timex;

/**
 * The events of one story: the dates its articles are about. A date becomes an event when one
 * article leads with it (the first dated expression in its first {@link #LEAD_SENTENCES}
 * sentences) or two articles mention it. A month ("in February") folds into a day event of that
 * month when there is one. Dates after the story's last report are plans, not happenings, and
 * stay out (the timeline keeps them). An event's summary is the sentence that dates it in the
 * earliest report. A story with no dated event gets one event at its first publication date.
 */
final class Events {

    static final int LEAD_SENTENCES = 3;
    static final int MAX_SUMMARY = 240;

    private Events() {}

    static Map<String, List<Timex>> byArticle(List<Timex> timexes) {
        Map<String, List<Timex>> out = new HashMap<>();
        for (Timex t : timexes) {
            out.computeIfAbsent(t.article(), k -> new ArrayList<>()).add(t);
        }
        out.values().forEach(list -> list.sort(Comparator.comparingInt(Timex::start)));
        return out;
    }

    static List<Event> of(String storyId, List<Article> group, Map<String, List<Timex>> timexes) {
        List<Article> byDate = group.stream()
                .sorted(Comparator.comparing((Article a) -> a.published().orElse(LocalDate.MAX)).thenComparing(Article::id))
                .toList();
        Map<String, Set<String>> mentionedBy = new TreeMap<>();
        Map<String, String> summaries = new HashMap<>();
        Set<String> leads = new LinkedHashSet<>();
        for (Article a : byDate) {
            List<Timex> dated = timexes.getOrDefault(a.id(), List.of()).stream()
                    .filter(t -> t.value().length() == 10 || t.value().length() == 7)
                    .toList();
            List<int[]> sentences = Sentences.split(a.text());
            int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1)[1];
            for (Timex t : dated) {
                mentionedBy.computeIfAbsent(t.value(), k -> new LinkedHashSet<>()).add(a.id());
                summaries.computeIfAbsent(t.value(), k -> summary(a.text(), sentences, t.start()));
            }
            dated.stream().filter(t -> t.start() < leadEnd).findFirst().ifPresent(t -> leads.add(t.value()));
        }
        String lastReport = group.stream().flatMap(a -> a.published().stream()).max(LocalDate::compareTo)
                .map(LocalDate::toString).orElse("9999-12-31");
        mentionedBy.keySet().removeIf(date -> date.compareTo(lastReport.substring(0, date.length())) > 0);
        Map<String, Set<String>> events = new TreeMap<>();
        mentionedBy.forEach((date, articles) -> {
            if (date.length() == 10 && (articles.size() >= 2 || leads.contains(date))) {
                events.put(date, new LinkedHashSet<>(articles));
            }
        });
        mentionedBy.forEach((date, articles) -> {
            if (date.length() == 7) {
                String day = events.keySet().stream().filter(d -> d.startsWith(date)).findFirst().orElse(null);
                if (day != null) {
                    events.get(day).addAll(articles);
                } else if (articles.size() >= 2 || leads.contains(date)) {
                    events.put(date, new LinkedHashSet<>(articles));
                }
            }
        });
        List<Event> out = new ArrayList<>();
        events.forEach((date, articles) ->
                out.add(new Event(storyId + "-" + date, date, summaries.get(date), articles.stream().sorted().toList())));
        if (out.isEmpty()) {
            Article first = byDate.get(0);
            String date = first.published().map(LocalDate::toString).orElse("");
            String summary = first.title().isBlank() ? summary(first.text(), Sentences.split(first.text()), 0) : first.title();
            out.add(new Event(storyId + "-" + (date.isEmpty() ? "undated" : date), date, summary,
                    group.stream().map(Article::id).sorted().toList()));
        }
        return out;
    }

    private static String summary(String text, List<int[]> sentences, int offset) {
        for (int[] s : sentences) {
            if (s[0] <= offset && offset < s[1]) {
                String sentence = text.substring(s[0], s[1]).replaceAll("\\s+", " ");
                if (sentence.length() <= MAX_SUMMARY) {
                    return sentence;
                }
                int cut = sentence.lastIndexOf(' ', MAX_SUMMARY - 3);
                return sentence.substring(0, cut > 0 ? cut : MAX_SUMMARY - 3) + "...";
            }
        }
        return "";
    }
}
