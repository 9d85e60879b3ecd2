package org.synoptic.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synoptic.internal.Validate;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Quote;

/**
 * The quotes stage from punctuation and the names stage's mentions, without a model.
 *
 * <p><b>What it does.</b> {@link QuoteSpans} pairs quotation marks (curly, and straight ones by
 * the side their spaces are on) inside each paragraph, lets a quotation run on into a paragraph
 * that reopens it (news style for long quotes), and drops passages of one or two words (scare
 * quotes). {@link Attribution} then reads the quote's sentence: after the closing mark
 * (",” Jalali said", ",” said Jalali", ",” the ambassador said", ",” he added"), else before
 * the opening mark ("Jalali said: “", "According to Jalali, “"). Names resolve through the
 * mentions of the given entities ({@link SpeakerIndex}): the entity whose mention overlaps the
 * written name. A pronoun goes to the most recent person named before the quote in its
 * paragraph or the one before; "the ambassador" to the most recent person whose title or
 * apposition holds "ambassador", else to the most recent person. A paragraph that is only a
 * quote, after a paragraph whose last quote had a speaker, keeps that speaker.
 *
 * <p><b>Why this way.</b> News attributes quotes in a handful of fixed shapes next to the marks,
 * and the names stage has already found and linked the people; reading those shapes is cheap,
 * predictable and easy to test, and leaves the speaker empty rather than guessing when a shape
 * is missing or its name is no known entity.
 *
 * <p><b>Bounds.</b> Quote start and end cover the text inside the marks; the text of a quote
 * over several paragraphs joins its pieces with a blank line, without the repeated marks. At most
 * {@value #MAX_QUOTES} quotes per article, {@value QuoteSpans#MAX_QUOTE_CHARS} characters and
 * {@value QuoteSpans#MAX_PARAGRAPHS} paragraphs per quote, {@value Attribution#TAIL_CHARS}
 * characters read after a quote. Time is linear in the text plus quotes times the article's
 * mentions; the entities' mentions are grouped by article once per entity list (the finder
 * keeps the last list it saw, by identity), so a corpus costs linear time, not articles times
 * mentions.
 *
 * <p><b>Not yet.</b> Single quotation marks (‘…’, easily confused with apostrophes), guillemets
 * and other languages' marks; quotes without marks (reported speech); a speaker named only after
 * a long clause or in another sentence; nested quotes are read as part of the outer one.
 */
final class PunctuationQuoteFinder implements QuoteFinder {

    static final int MAX_QUOTES = 1_000;

    private List<Entity> indexedEntities;
    private Map<String, List<SpeakerIndex.Named>> indexedMentions = Map.of();

    @Override
    public List<Quote> find(Article article, List<Entity> entities) {
        Validate.notNull(article, "article");
        Validate.notNull(entities, "entities");
        String text = article.text();
        List<int[]> paragraphs = QuoteSpans.paragraphs(text);
        List<SpeakerIndex.Named> named = mentionsByArticle(entities).getOrDefault(article.id(), List.of());
        Attribution attribution = new Attribution(text, new SpeakerIndex(text, named), paragraphs);
        List<Quote> out = new ArrayList<>();
        Optional<String> carried = Optional.empty();
        int carriedParagraph = -2;
        for (QuoteSpan span : QuoteSpans.find(text)) {
            if (out.size() >= MAX_QUOTES) {
                break;
            }
            Attribution.Finding finding = attribution.attribute(span);
            int paragraph = paragraphOf(paragraphs, span.open());
            Optional<String> speaker = switch (finding) {
                case Attribution.Finding.Speaker s -> Optional.of(s.entity());
                case Attribution.Finding.Unresolved u -> Optional.empty();
                case Attribution.Finding.Silent s ->
                        carriedParagraph == paragraph - 1
                                && quoteOnly(text, paragraphs.get(paragraph), paragraphs.get(paragraphOf(paragraphs, span.close())), span)
                                ? carried : Optional.<String>empty();
            };
            int last = paragraphOf(paragraphs, span.close());
            carried = speaker;
            carriedParagraph = speaker.isPresent() && endsParagraph(text, paragraphs.get(last), span) ? last : -2;
            out.add(new Quote(article.id(), span.start(), span.end(), span.text(text), speaker));
        }
        return List.copyOf(out);
    }

    /**
     * The pipeline passes the same entity list with every article: grouping its mentions once per
     * list keeps the stage linear in the corpus instead of articles times mentions.
     */
    private synchronized Map<String, List<SpeakerIndex.Named>> mentionsByArticle(List<Entity> entities) {
        if (entities != indexedEntities) {
            indexedEntities = entities;
            indexedMentions = SpeakerIndex.byArticle(entities);
        }
        return indexedMentions;
    }

    private static int paragraphOf(List<int[]> paragraphs, int offset) {
        int found = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i)[0] <= offset) {
                found = i;
            }
        }
        return found;
    }

    /** Nothing but the quote and punctuation in the paragraphs it opens and closes in. */
    private static boolean quoteOnly(String text, int[] opening, int[] closing, QuoteSpan span) {
        return punctuationOnly(text.substring(opening[0], span.open()))
                && punctuationOnly(text.substring(Math.min(span.close() + 1, closing[1]), closing[1]));
    }

    /** The quote's attribution is the last thing in its paragraph: no later quote there. */
    private static boolean endsParagraph(String text, int[] paragraph, QuoteSpan span) {
        String rest = text.substring(span.close() + 1, paragraph[1]);
        return rest.indexOf('\u201C') < 0 && rest.indexOf('"') < 0;
    }

    private static boolean punctuationOnly(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
