package org.synoptic.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.internal.Sentences;

/**
 * Who said a quote, from the words around it. In order: (a) after the closing mark in the same
 * sentence: ",” NAME said", ",” said NAME", ",” according to NAME", ",” the ROLE said",
 * ",” he added"; (b) before the opening mark in the same sentence: "NAME said: “",
 * "NAME said, “", "According to NAME, “", or a sentence "…, NAME said." right before a quote
 * that opens the next sentence. A pronoun goes to the most recent person named
 * before the quote in its paragraph or the one before; "the ROLE" to the most recent person
 * whose title or apposition holds that word, else the most recent person.
 */
final class Attribution {

    /** Characters read after a closing mark for an attribution. */
    static final int TAIL_CHARS = 200;
    /** A subject longer than this before the verb is a new clause, not an attribution. */
    static final int MAX_SUBJECT_WORDS = 8;

    /** What the words around a quote say about its speaker. */
    sealed interface Finding {
        /** A speaker named and resolved to an entity. */
        record Speaker(String entity) implements Finding {}

        /** An attribution is written, but its speaker is no known entity ("a source said"). */
        record Unresolved() implements Finding {}

        /** No attribution in the quote's sentence. */
        record Silent() implements Finding {}
    }

    private static final String VERBS = "said|says|told|tells|added|adds|stressed|noted|continued|stated|explained"
            + "|pointed out|asserted|emphasi[sz]ed|remarked|declared|insisted|warned|wrote|replied|announced"
            + "|underlined|underscored|asked|recalled";
    private static final Pattern VERB = Pattern.compile("\\b(?:" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:" + VERBS + ")\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("^(?:he|she)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PRONOUN = Pattern.compile("\\b(?:he|she)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAID_AT_END = Pattern.compile("\\s(?:" + VERBS + ")\\.$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("^the\\s+(?:[\\p{L}'’-]+\\s+){0,3}?([\\p{L}'’-]+)\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> ABBREVIATIONS =
            Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "St", "Jr", "Sr");

    private final String text;
    private final SpeakerIndex names;
    private final List<int[]> paragraphs;
    private final List<int[]> sentences;

    Attribution(String text, SpeakerIndex names, List<int[]> paragraphs) {
        this.text = text;
        this.names = names;
        this.paragraphs = paragraphs;
        this.sentences = Sentences.split(text);
    }

    Finding attribute(QuoteSpan quote) {
        // A quote that ends its own sentence was more likely introduced before it than tagged after it.
        boolean closed = endsWithStop(quote);
        Finding first = closed ? before(quote) : after(quote);
        return first instanceof Finding.Silent ? (closed ? after(quote) : before(quote)) : first;
    }

    private boolean endsWithStop(QuoteSpan quote) {
        return text.substring(quote.pieces().get(quote.pieces().size() - 1)[0], quote.close()).strip().endsWith(".");
    }

    private Finding after(QuoteSpan quote) {
        int from = quote.close() + 1;
        while (from < text.length() && " ,\u2014\u2013-".indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        int to = tailEnd(from);
        String tail = text.substring(from, to);
        Matcher according = ACCORDING.matcher(tail);
        if (according.lookingAt()) {
            return named(names.firstIn(from + according.end(), to));
        }
        Matcher leading = LEADING_VERB.matcher(tail);
        if (leading.lookingAt()) {
            return subject(from + leading.end(), to, quote);
        }
        Matcher verb = VERB.matcher(tail);
        // A tail that leads into the next quote belongs to it, unless it splits one sentence: “…,” he says, “…”
        boolean leadsIntoQuote = to < text.length() && (text.charAt(to) == '\u201C' || text.charAt(to) == '"');
        boolean splitSentence = leadsIntoQuote && !endsWithStop(quote) && tail.strip().endsWith(",") && wordCount(tail) <= 5;
        if ((leadsIntoQuote && !splitSentence) || !verb.find() || wordCount(tail.substring(0, verb.start())) > MAX_SUBJECT_WORDS) {
            return new Finding.Silent();
        }
        // After a full stop inside the marks a new sentence usually starts; only a bare "X said." still attributes.
        if (endsWithStop(quote) && (wordCount(tail.substring(0, verb.start())) > 4 || wordCount(tail.substring(verb.end())) > 4)) {
            return new Finding.Silent();
        }
        return subject(from, from + verb.start(), quote);
    }

    private Finding before(QuoteSpan quote) {
        int from = sentenceStart(quote.open());
        String head = text.substring(from, quote.open());
        if (head.isBlank()) {
            return reportedJustBefore(from, quote);
        }
        Matcher according = ACCORDING.matcher(head);
        int accordingEnd = -1;
        while (according.find()) {
            accordingEnd = according.end();
        }
        Matcher verb = VERB.matcher(head);
        int verbStart = -1;
        int verbEnd = -1;
        while (verb.find()) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        // The later of the two introduces the quote: "According to Volga News, Vask said: “…”" is Vask's.
        if (accordingEnd > verbEnd) {
            return named(names.firstIn(from + accordingEnd, quote.open()));
        }
        String rest = verbEnd < 0 ? "" : head.substring(verbEnd).strip();
        if (verbStart < 0 || !(rest.isEmpty() || rest.endsWith(":") || rest.endsWith(",")) || wordCount(rest) > 6) {
            return new Finding.Silent();
        }
        String subject = head.substring(0, verbStart);
        if (TRAILING_PRONOUN.matcher(subject).find()) {
            return pronoun(quote);
        }
        Optional<SpeakerIndex.Named> last = names.lastIn(from, from + verbStart);
        if (last.isPresent() && text.substring(last.get().end(), from + verbStart).isBlank()) {
            return named(last);
        }
        Optional<SpeakerIndex.Named> first = names.firstIn(from, from + verbStart);
        return first.isPresent() ? named(first) : role(subject.strip(), quote);
    }

    /**
     * A quote opening a sentence right after "..., NAME said." in its paragraph: the same speaker
     * goes on in his own words.
     */
    private Finding reportedJustBefore(int sentenceStart, QuoteSpan quote) {
        int previous = sentenceStart(Math.max(0, sentenceStart - 2));
        if (sentenceStart == 0 || previous < paragraphStart(quote.open())) {
            return new Finding.Silent();
        }
        String sentence = text.substring(previous, sentenceStart).strip();
        Matcher ending = SAID_AT_END.matcher(sentence);
        if (!ending.find()) {
            return new Finding.Silent();
        }
        Optional<SpeakerIndex.Named> name = names.lastIn(previous, previous + ending.start() + 1);
        return name.isPresent() && text.substring(name.get().end(), previous + ending.start()).isBlank()
                ? named(name) : new Finding.Silent();
    }

    /** The speaker written in [from, to): a pronoun, a name, or "the ROLE". */
    private Finding subject(int from, int to, QuoteSpan quote) {
        String words = text.substring(from, to).strip();
        if (PRONOUN.matcher(words).lookingAt()) {
            return pronoun(quote);
        }
        int comma = text.indexOf(',', from);
        int end = comma >= 0 && comma < to ? comma : to;
        Optional<SpeakerIndex.Named> name = names.firstIn(from, end);
        return name.isPresent() ? named(name) : role(words, quote);
    }

    private Finding role(String subject, QuoteSpan quote) {
        Matcher role = ROLE.matcher(subject);
        if (!role.lookingAt()) {
            return new Finding.Unresolved();
        }
        Optional<SpeakerIndex.Named> titled = names.lastPersonWithRole(role.group(1), quote.open());
        return named(titled.isPresent() ? titled : names.lastPerson(0, quote.open()));
    }

    private Finding pronoun(QuoteSpan quote) {
        return named(names.lastPerson(previousParagraphStart(quote.open()), quote.open()));
    }

    private static Finding named(Optional<SpeakerIndex.Named> name) {
        return name.<Finding>map(n -> new Finding.Speaker(n.entity())).orElseGet(Finding.Unresolved::new);
    }

    /** Where the tail of a quote ends: a stop that is not an abbreviation, a line break, another quote. */
    private int tailEnd(int from) {
        int limit = Math.min(text.length(), from + TAIL_CHARS);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '!' || c == '?' || c == ';' || c == '\u201C' || c == '"') {
                return i;
            }
            if (c == '.' && !abbreviation(i)) {
                return i;
            }
        }
        return limit;
    }

    /** A stop after an initial or a title abbreviation (J., Mr., Dr.) does not end the sentence. */
    private boolean abbreviation(int stop) {
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, stop);
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || ABBREVIATIONS.contains(word);
    }

    private int sentenceStart(int offset) {
        int start = 0;
        for (int[] sentence : sentences) {
            if (sentence[0] <= offset) {
                start = sentence[0];
            }
        }
        return Math.max(start, paragraphStart(offset));
    }

    private int paragraphStart(int offset) {
        int start = 0;
        for (int[] paragraph : paragraphs) {
            if (paragraph[0] <= offset) {
                start = paragraph[0];
            }
        }
        return start;
    }

    private int previousParagraphStart(int offset) {
        int current = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i)[0] <= offset) {
                current = i;
            }
        }
        return current <= 0 ? 0 : paragraphs.get(current - 1)[0];
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
