package org.synoptic.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.synoptic.internal.Validate;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;

/**
 * The names stage without a model: capitalised words, hand-written lists, and transliteration
 * skeletons for linking.
 *
 * <p><b>What it does.</b> (1) {@link Tokenizer} cuts each article into words with offsets.
 * (2) {@link MentionFinder} takes runs of capitalised words ({@link Runs}), drops a
 * sentence-opening word that is capitalised only for its place (alone, it must be seen
 * capitalised mid-sentence somewhere in the corpus or be on a list; before a name, it must not
 * be written in lower case elsewhere), splits titles off as type cues
 * ("Speaker of Iran's Parliament Mohammad Bagher Qalibaf" gives "Mohammad Bagher Qalibaf", cue
 * "speaker") and {@link NameTyper} types each name. (3) {@link EntityLinker} links across
 * articles: full person names cluster by surname skeleton ({@link Skeleton}: Qalibaf, Ghalibaf
 * and Qalibaf are "klbf") when their given names agree, short forms attach to those people, and
 * other names link by written form and acronym. (4) {@link EntityAssembler} picks canonical
 * names and stable ids.
 *
 * <p><b>Why this way.</b> News about Iran, Russia and Central Asia spells one person many ways;
 * a consonant skeleton after folding the digraphs romanisations swap (gh/q/k, dzh/j, kh, ph/f,
 * w/v) catches most of it, and given names keep apart people who share a surname (Kazem vs
 * Qasem Jalali). On the shared name-variant dev pairs, equal skeletons cover 60% of true variant
 * pairs against 23% of hard negatives (pairs at most two edits apart); one edit more from five
 * symbols on reaches 68% against 30%, so fuzziness is kept for long surnames only, and always
 * with a given-name check or a unique candidate. The lists are small and in resources
 * (titles, given names, places, head words, stop words), so a later model can replace finding
 * and typing while linking stays.
 *
 * <p><b>Bounds.</b> Article text past {@value #MAX_TEXT_CHARS} characters is not read for names;
 * at most {@value MentionFinder#MAX_MENTIONS_PER_ARTICLE} mentions per article; runs longer than
 * {@value Runs#MAX_RUN_WORDS} words are cut. Time is linear in text length plus mentions: people
 * are blocked by surname skeleton (exact and one-edit neighbourhoods, O(skeleton length) buckets
 * per look-up), never compared all against all. The result does not depend on article order:
 * articles are read in id order (of several sharing an id, only the first by content hash), and
 * every tie is broken on stable keys.
 *
 * <p><b>Not yet.</b> No statistical model (names in lower case or in scripts without case are
 * missed); no coreference of pronouns or descriptions ("the minister"); a month or weekday word
 * is never a name (Theresa May loses "May"); surname skeletons drop vowels, so Jalali and Jalili
 * meet and only given names or article context keep them apart; one person's names in two
 * scripts meet only when ICU's romanisation lands on the same skeleton.
 */
final class CapitalisedNameResolver implements NameResolver {

    /** Characters of one article read for names; the rest is skipped. */
    static final int MAX_TEXT_CHARS = 500_000;

    private final Lexicon lexicon = Lexicon.standard();

    @Override
    public List<Entity> resolve(List<Article> articles) {
        Validate.notNull(articles, "articles");
        // Offsets must refer to one text per id: of articles sharing an id, the first in this order is read.
        Map<String, String> texts = new TreeMap<>();
        articles.stream()
                .sorted(Comparator.comparing(Article::id).thenComparing(Article::contentHash).thenComparing(Article::text))
                .forEach(a -> texts.putIfAbsent(a.id(), readable(a.text())));
        Map<String, List<Token>> tokens = new HashMap<>();
        Set<String> midSentence = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        texts.forEach((id, text) -> {
            List<Token> words = Tokenizer.tokens(text);
            tokens.put(id, words);
            for (Token token : words) {
                if (token.capitalised() && !token.sentenceStart()) {
                    midSentence.add(token.text());
                } else if (Character.isLowerCase(token.text().charAt(0))) {
                    lowerCase.add(token.lower());
                }
            }
        });
        MentionFinder finder = new MentionFinder(lexicon, new MentionFinder.Capitalisation(midSentence, lowerCase));
        List<Candidate> candidates = new ArrayList<>();
        texts.forEach((id, text) -> candidates.addAll(finder.find(id, text, tokens.get(id))));
        return EntityAssembler.entities(EntityLinker.link(candidates, texts));
    }

    private static String readable(String text) {
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }
}
