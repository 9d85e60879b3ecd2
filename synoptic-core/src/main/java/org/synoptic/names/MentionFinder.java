package org.synoptic.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.synoptic.model.EntityType;

/**
 * Finds the names in one article: capitalised runs ({@link Runs}), less a sentence-opening word
 * that is only capitalised for its position, split at titles.
 *
 * <p>A title ends where the name starts: "Russian President Vladimir Putin" gives the name
 * "Vladimir Putin", typed a person by the title (the words before the title are dropped unless
 * they are an organisation or place: "Kazakh Senate Speaker X" also gives "Kazakh Senate"). A run that is
 * only a title waits for its complement: "Ambassador to Kazakhstan Nurlan Seitkali", "Chairman of
 * the Kazakh Senate Askar Berikuly". The complement run splits where a given name or a title
 * begins, else after a place or head word; the part before is a name of its own (Russia).
 */
final class MentionFinder {

    /** Words linking a title to its complement: Ambassador to Russia, Leader of the Revolution. */
    private static final Pattern COMPLEMENT_GAP = Pattern.compile("\\s+(to|of|for|in|on|at|from)(\\s+the)?\\s+");
    /** A mention cap per article: past it the rest of the article is not read for names. */
    static final int MAX_MENTIONS_PER_ARTICLE = 5_000;

    private final Lexicon lexicon;
    private final NameTyper typer;
    private final Capitalisation capitalisation;

    /**
     * How the corpus writes its words.
     *
     * @param midSentence words seen capitalised away from a sentence start
     * @param lowerCase   words seen in lower case, lower-cased
     */
    record Capitalisation(Set<String> midSentence, Set<String> lowerCase) {}

    MentionFinder(Lexicon lexicon, Capitalisation capitalisation) {
        this.lexicon = lexicon;
        this.typer = new NameTyper(lexicon);
        this.capitalisation = capitalisation;
    }

    List<Candidate> find(String article, String text, List<Token> tokens) {
        return new Pass(article, text, tokens).run();
    }

    /** One article's scan; holds the title waiting for its complement. */
    private final class Pass {
        private final String article;
        private final String text;
        private final List<Token> tokens;
        private final Runs runs;
        private final List<Candidate> out = new ArrayList<>();
        /** A title ended the last run and waits for its complement and name. */
        private boolean pendingTitle;
        private int pendingEnd = -1;

        Pass(String article, String text, List<Token> tokens) {
            this.article = article;
            this.text = text;
            this.tokens = tokens;
            this.runs = new Runs(text, tokens, lexicon);
        }

        List<Candidate> run() {
            int i = 0;
            while (i < tokens.size() && out.size() < MAX_MENTIONS_PER_ARTICLE) {
                if (!runs.nameable(i)) {
                    i++;
                    continue;
                }
                int end = runs.end(i);
                run(i, end);
                i = end;
            }
            return out;
        }

        private void run(int start, int end) {
            boolean complement = pendingTitle && followsPending(start);
            pendingTitle = false;
            if (shouting(start, end)) {
                return;
            }
            int from = start;
            Token first = tokens.get(from);
            if (capitalisedOnlyForItsPlace(first, end - start == 1)) {
                from++;
            }
            while (from < end && !tokens.get(from).capitalised()) {
                from++;
            }
            if (from == end) {
                return;
            }
            if (complement) {
                complement(from, end);
            } else {
                titled(from, end, false);
            }
        }

        /**
         * A sentence-opening word on no list and never capitalised mid-sentence: alone it is no name;
         * before other capitalised words it is dropped only if the corpus also writes it in lower case
         * (so "Speaking Kazakh" loses "Speaking" but "Orlen Vask" keeps "Orlen").
         */
        private boolean capitalisedOnlyForItsPlace(Token first, boolean alone) {
            if (!first.sentenceStart() || first.isInitial() || lexicon.isKnownNameWord(first.text())
                    || capitalisation.midSentence().contains(first.text())) {
                return false;
            }
            return alone || capitalisation.lowerCase().contains(first.lower());
        }

        private boolean followsPending(int start) {
            String gap = text.substring(pendingEnd, tokens.get(start).start());
            return COMPLEMENT_GAP.matcher(gap).matches() || gap.equals(" ");
        }

        private boolean shouting(int start, int end) {
            int caps = 0;
            for (int i = start; i < end; i++) {
                caps += tokens.get(i).allCaps() ? 1 : 0;
            }
            return caps >= 3;
        }

        /** A run after a title and its linking word: the complement, then perhaps the name. */
        private void complement(int from, int end) {
            int split = -1;
            for (int p = from + 1; p < end && split < 0; p++) {
                String word = tokens.get(p).text();
                if (lexicon.isGivenName(word) || lexicon.isTitle(word)) {
                    split = p;
                }
            }
            for (int p = end - 1; p > from && split < 0 && end - p <= 4; p--) {
                String before = tokens.get(p - 1).text();
                if (lexicon.isPlace(before) || lexicon.isOrgHead(before) || lexicon.isPlaceHead(before)) {
                    split = p;
                }
            }
            if (split < 0) {
                // The complement may go on: "Adviser to the President on Caspian Trade and Transport X".
                plain(from, end);
                pendingTitle = true;
                pendingEnd = tokens.get(end - 1).rawEnd();
                return;
            }
            plain(from, split);
            titled(split, end, true);
        }

        /** Splits a run at its last title; the words after it are a person's name. */
        private void titled(int from, int end, boolean afterTitle) {
            int title = -1;
            for (int t = end - 2; t >= from && title < 0; t--) {
                if (lexicon.isTitle(tokens.get(t).text()) && !hasHeadWord(t + 1, end) && tokens.get(t + 1).capitalised()) {
                    title = t;
                }
            }
            boolean titleOnly = title < 0 && lexicon.isTitle(tokens.get(end - 1).text()) && !hasHeadWord(from, end);
            if (title < 0 && !titleOnly) {
                if (afterTitle) {
                    emit(from, end, true);
                } else {
                    untitled(from, end);
                }
                return;
            }
            int first = titleOnly ? end - 1 : title;
            while (first > from && !hasHeadWord(first - 1, first) && !lexicon.isPlace(tokens.get(first - 1).text())) {
                first--;
            }
            if (first > from) {
                firmOnly(from, first);
            }
            if (titleOnly) {
                pendingTitle = true;
                pendingEnd = tokens.get(end - 1).rawEnd();
            } else {
                emit(title + 1, end, true);
            }
        }

        /** A run with no title: "Russia Kazem Jalali" still splits before the given name. */
        private void untitled(int from, int end) {
            for (int p = from + 1; p < end - 1; p++) {
                if (lexicon.isGivenName(tokens.get(p).text())
                        && (lexicon.isPlace(NameTyper.phrase(tokens.subList(from, p))) || hasHeadWord(from, p))) {
                    plain(from, p);
                    plain(p, end);
                    return;
                }
            }
            plain(from, end);
        }

        private boolean hasHeadWord(int from, int end) {
            for (int i = from; i < end; i++) {
                String word = tokens.get(i).text();
                if (tokens.get(i).capitalised() && (lexicon.isOrgHead(word) || lexicon.isPlaceHead(word))) {
                    return true;
                }
            }
            return false;
        }

        /** Words before a title's modifiers are kept only as an organisation or a place (Kazakh Senate). */
        private void firmOnly(int from, int end) {
            List<Token> name = tokens.subList(from, end);
            NameTyper.Typed typed = typer.type(name, false, "", "");
            if (typed.strong() && typed.type() != EntityType.PERSON) {
                plain(from, end);
            }
        }

        /** A run not after a title; a lone head word or title (Parliament, Minister) is no name. */
        private void plain(int from, int end) {
            while (from < end && !tokens.get(from).capitalised()) {
                from++;
            }
            if (from == end) {
                return;
            }
            String only = tokens.get(from).text();
            if (end - from == 1 && (lexicon.isOrgHead(only) || lexicon.isPlaceHead(only) || lexicon.isTitle(only))) {
                return;
            }
            emit(from, end, false);
        }

        private void emit(int from, int end, boolean afterTitle) {
            List<Token> name = tokens.subList(from, end);
            String previous = from > 0 && runs.joined(from - 1, from) ? tokens.get(from - 1).text() : "";
            if (from > 1 && previous.equals("to") && tokens.get(from - 2).lower().equals("according")) {
                previous = "according to";
            }
            String next = end < tokens.size() && runs.joined(end - 1, end) ? tokens.get(end).text() : "";
            NameTyper.Typed typed = typer.type(name, afterTitle, previous, next);
            boolean firm = typed.strong() && (typed.type() == EntityType.ORGANIZATION || typed.type() == EntityType.LOCATION);
            if (!afterTitle && !firm && !previous.isEmpty() && !tokens.get(from - 1).capitalised() && lexicon.isTitle(previous)) {
                // A title in lower case right before the name still names a role: "the envoy Levan Dzhagaryan".
                typed = typer.type(name, true, previous, next);
            }
            int start = tokens.get(from).start();
            int stop = tokens.get(end - 1).end();
            List<String> words = name.stream().map(Token::text).toList();
            out.add(new Candidate(article, start, stop, text.substring(start, stop), words, typed.type(), typed.strong()));
        }
    }
}
