package org.synoptic.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.synoptic.model.Completeness;
import org.synoptic.model.Completeness.Verdict;

/**
 * The completeness verdict of an extracted page, with a reason a person can check. Tried in this
 * order, the first that holds decides:
 * <ol>
 *   <li><b>blocked</b>: the page has almost no text at all, or little text beside a bot check, a
 *       "JavaScript needed" notice, an empty application root, a {@code #!} address (content loaded
 *       by scripts), a cookie or consent notice that makes up much of the page, a wall that is
 *       all the text there is, or article markup with an article text of less than a sentence
 *       (an empty template body beside a date line);</li>
 *   <li><b>not-article</b>: an error heading ("404", "Page not found"), a non-article og:type
 *       (video, profile, photo, ...), an address that is a front page, listing, service page, wiki
 *       revision view or social network page ({@link UrlShape}), listing markup (CollectionPage)
 *       without article markup, three or more paragraphs cut with an ellipsis that are at least
 *       half of the prose paragraphs (a list of teasers; an article may cut a few quotes),
 *       or no article text among the page's text;</li>
 *   <li><b>teaser</b>: paragraphs scrambled by a paywall or replaced by Latin filler, a wall at
 *       the end of the text, a wall on the page with a short or cut-off text, a very short text on
 *       a page that links to the rest elsewhere ("Read the full story at ..."), a text of any
 *       length followed on the page by such a link ("Lire la suite sur ..."), or a short summary
 *       ending in an ellipsis;</li>
 *   <li><b>partial</b>: the text holds under 60% of the page's own JSON-LD articleBody and is
 *       clearly shorter, or the page is the first of several ("Page 1 of 3", a {@code rel=next}
 *       link continuing the article's address, a link to page 2 of that address);</li>
 *   <li><b>complete</b> otherwise; where the page has an articleBody the reason says how well the
 *       text matches it.</li>
 * </ol>
 * Plain text is complete unless it is empty or a teaser by its own words (a wall at its end, a
 * short text ending in an ellipsis).
 *
 * <p>Why this way: each rule is a sign a reader would point to, so the verdict can be explained
 * and audited; the markup and address rules come first because they are the page's own statement
 * of what it is. Cost: linear in the text (one pass per sign) plus the articleBody comparison
 * ({@link ArticleBodyCheck}, bounded). Not yet: comments-only pages, galleries, live blogs, and
 * walls in languages beyond those {@link PageLines} lists.
 */
final class Verdicts {

    static final int SHORT_TEXT = 1_500;
    private static final int EMPTY_PAGE_LETTERS = 150;
    private static final int LITTLE_TEXT = 500;
    /** Fewer letters than a sentence: a date line or a caption, not an article's text. */
    private static final int TINY_TEXT = 50;
    /** A page that needs scripts for its text shows little else; a notice on a full page is a hint, not a wall. */
    private static final int SCRIPT_PAGE_LETTERS = 600;
    private static final int SUMMARY_TEXT = 600;
    private static final double MIN_COVERAGE = 0.6;
    private static final double CLEARLY_SHORTER = 0.8;
    private static final int MIN_ARTICLE_BODY = 500;
    private static final double MIN_SCRAMBLED = 0.3;
    private static final double CONSENT_SHARE = 0.4;
    private static final int TEASER_LIST = 3;
    /** A wall is a short line of its own, not a sentence of the article that mentions reading on. */
    private static final int WALL_LINE_CHARS = 200;

    private Verdicts() {}

    /** The verdict on an HTML page from its extracted text, its markup and its short lines. */
    static Completeness judge(String text, PageMarkup markup, PageLines lines) {
        List<String> paragraphs = TextSigns.paragraphs(text);
        // Only compared with thresholds up to SHORT_TEXT: counting stops there.
        int letters = TextSigns.letters(text, SHORT_TEXT);
        Optional<ArticleBodyCheck.Result> check = markup.articleBody().length() >= MIN_ARTICLE_BODY
                ? Optional.of(ArticleBodyCheck.compare(markup.articleBody(), text)) : Optional.empty();
        return blocked(letters, markup, lines)
                .or(() -> notArticle(letters, paragraphs, markup, lines))
                .or(() -> teaser(text, paragraphs, markup, lines))
                .or(() -> partial(text, check, markup, lines))
                .orElseGet(() -> complete(text, check));
    }

    /** The verdict on plain text: complete unless empty or a teaser by its own words. */
    static Completeness judgeText(String text) {
        List<String> paragraphs = TextSigns.paragraphs(text);
        if (text.isBlank()) {
            return verdict(Verdict.NOT_ARTICLE, "the input holds no text");
        }
        return endWall(paragraphs).or(() -> summary(text, paragraphs))
                .orElseGet(() -> verdict(Verdict.COMPLETE, String.format(Locale.ROOT, "plain text of %,d characters", text.length())));
    }

    private static Optional<Completeness> blocked(int letters, PageMarkup markup, PageLines lines) {
        if (lines.letters() < EMPTY_PAGE_LETTERS) {
            String why = !lines.challenge().isEmpty() ? "a bot check or script notice (\"" + lines.challenge() + "\")"
                    : markup.appShell() ? "an empty application root that scripts would fill" : "its content is built by scripts or withheld";
            return Optional.of(verdict(Verdict.BLOCKED, "the page's HTML holds almost no text (" + lines.letters() + " letters): " + why));
        }
        if (letters < LITTLE_TEXT / 2 && !lines.challenge().isEmpty() && lines.letters() < SCRIPT_PAGE_LETTERS) {
            return Optional.of(verdict(Verdict.BLOCKED, "little text beside a bot check or script notice (\"" + lines.challenge() + "\")"));
        }
        if (letters < LITTLE_TEXT / 2 && markup.appShell()) {
            return Optional.of(verdict(Verdict.BLOCKED, "little text and an empty application root: the page is built by scripts"));
        }
        if (letters < LITTLE_TEXT && markup.url().contains("#!")) {
            return Optional.of(verdict(Verdict.BLOCKED, "little text and a #! address: the article is loaded by scripts"));
        }
        if (letters < LITTLE_TEXT && lines.consentLetters() > CONSENT_SHARE * lines.letters()) {
            return Optional.of(verdict(Verdict.BLOCKED, "a cookie or consent wall makes up most of the page"));
        }
        if (letters > 0 && letters < TINY_TEXT && markup.articleMarkup()) {
            return Optional.of(verdict(Verdict.BLOCKED, "marked as an article, but its HTML holds only " + letters
                    + " letters of article text: the body is missing or loaded by scripts"));
        }
        if (letters < LITTLE_TEXT / 2 && !lines.wall().isEmpty()) {
            return Optional.of(verdict(Verdict.BLOCKED, "the text is a login or subscription wall (\"" + lines.wall() + "\")"));
        }
        return Optional.empty();
    }

    private static Optional<Completeness> notArticle(int letters, List<String> paragraphs, PageMarkup markup, PageLines lines) {
        if (!markup.errorHeading().isEmpty() && letters < SHORT_TEXT) {
            return Optional.of(verdict(Verdict.NOT_ARTICLE, "an error page (\"" + markup.errorHeading() + "\")"));
        }
        if (isNonArticleType(markup.ogType()) && !markup.articleMarkup()) {
            return Optional.of(verdict(Verdict.NOT_ARTICLE, "og:type is " + markup.ogType()));
        }
        Optional<String> address = UrlShape.notArticle(markup.url());
        if (address.isPresent()) {
            return Optional.of(verdict(Verdict.NOT_ARTICLE, "the address is " + address.get()));
        }
        if (markup.collectionMarkup()) {
            return Optional.of(verdict(Verdict.NOT_ARTICLE, "JSON-LD marks a listing (CollectionPage, ItemList) and no article"));
        }
        int cut = TextSigns.ellipsisParagraphs(paragraphs);
        if (cut >= TEASER_LIST && cut * 2 >= TextSigns.proseParagraphs(paragraphs)) {
            return Optional.of(verdict(Verdict.NOT_ARTICLE, cut + " paragraphs cut with an ellipsis: a list of teasers"));
        }
        if (letters == 0) {
            return Optional.of(verdict(Verdict.NOT_ARTICLE, "no article text among the page's " + lines.letters() + " letters of text"));
        }
        return Optional.empty();
    }

    private static boolean isNonArticleType(String ogType) {
        return ogType.startsWith("video") || ogType.startsWith("music") || ogType.equals("profile") || ogType.equals("book")
                || ogType.equals("product") || ogType.contains("photo") || ogType.contains("gallery") || ogType.contains("place");
    }

    private static Optional<Completeness> teaser(String text, List<String> paragraphs, PageMarkup markup, PageLines lines) {
        double scrambled = TextSigns.scrambledShare(paragraphs);
        if (scrambled >= MIN_SCRAMBLED) {
            return Optional.of(verdict(Verdict.TEASER, String.format(Locale.ROOT,
                    "%.0f%% of the text is scrambled letters or Latin filler (a paywall); only the lead is readable", 100 * scrambled)));
        }
        Optional<Completeness> end = endWall(paragraphs);
        if (end.isPresent()) {
            return end;
        }
        boolean cutOff = TextSigns.cutMidSentence(paragraphs) || TextSigns.endsWithEllipsis(text);
        if ((text.length() < SHORT_TEXT || cutOff) && !lines.wall().isEmpty()) {
            return Optional.of(verdict(Verdict.TEASER, String.format(Locale.ROOT, "a wall on the page (\"%s\") and %s",
                    lines.wall(), cutOff ? "the text stops mid-sentence" : "only " + text.length() + " characters of text")));
        }
        if (text.length() < SUMMARY_TEXT && !lines.elsewhere().isEmpty()) {
            return Optional.of(verdict(Verdict.TEASER, "only " + text.length() + " characters of text, and the page sends the reader"
                    + " elsewhere for the rest (\"" + lines.elsewhere() + "\")"));
        }
        String after = paragraphs.isEmpty() ? "" : lines.elsewhereAfter(paragraphs.get(paragraphs.size() - 1));
        if (!after.isEmpty()) {
            return Optional.of(verdict(Verdict.TEASER, "the text is followed by a link to its rest elsewhere (\"" + after + "\")"));
        }
        return summary(text, paragraphs);
    }

    private static Optional<Completeness> endWall(List<String> paragraphs) {
        for (int i = Math.max(0, paragraphs.size() - 3); i < paragraphs.size(); i++) {
            Optional<String> wall = paragraphs.get(i).length() <= WALL_LINE_CHARS ? PageLines.wallIn(paragraphs.get(i)) : Optional.empty();
            if (wall.isPresent()) {
                return Optional.of(verdict(Verdict.TEASER, "the text ends at a wall (\"" + wall.get() + "\")"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Completeness> summary(String text, List<String> paragraphs) {
        if (text.length() < SUMMARY_TEXT && TextSigns.endsWithEllipsis(text)) {
            return Optional.of(verdict(Verdict.TEASER, "a short summary (" + text.length() + " characters) ending in an ellipsis"));
        }
        return Optional.empty();
    }

    private static Optional<Completeness> partial(String text, Optional<ArticleBodyCheck.Result> check, PageMarkup markup,
                                                  PageLines lines) {
        if (check.isPresent() && check.get().coverage() < MIN_COVERAGE && text.length() < CLEARLY_SHORTER * check.get().bodyChars()) {
            return Optional.of(verdict(Verdict.PARTIAL, String.format(Locale.ROOT,
                    "the text holds %.0f%% of the page's own JSON-LD articleBody (%,d of %,d characters)",
                    100 * check.get().coverage(), check.get().textChars(), check.get().bodyChars())));
        }
        if (!lines.pagination().isEmpty()) {
            return Optional.of(verdict(Verdict.PARTIAL, "\"" + lines.pagination() + "\": the article continues on other pages"));
        }
        if (!markup.nextPage().isEmpty()) {
            return Optional.of(verdict(Verdict.PARTIAL, "the article continues on a next page (" + markup.nextPage() + ")"));
        }
        return Optional.empty();
    }

    private static Completeness complete(String text, Optional<ArticleBodyCheck.Result> check) {
        // Built by hand: a formatter costs more than the rest of the verdict on most pages.
        if (check.isPresent()) {
            return verdict(Verdict.COMPLETE, thousands(text.length()) + " characters of article text; it holds "
                    + percent(check.get().coverage()) + "% of the page's own JSON-LD articleBody ("
                    + thousands(check.get().bodyChars()) + " characters)");
        }
        return verdict(Verdict.COMPLETE, thousands(text.length())
                + " characters of article text; no wall, listing, pagination or script notice found");
    }

    /** As {@code %,d} in the root locale. */
    static String thousands(int n) {
        String digits = Integer.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A share as a whole percentage, as {@code %.0f} of {@code 100 * share}: rounded half up. */
    static String percent(double share) {
        return Double.isNaN(share) ? "NaN" : Long.toString(Math.round(100 * share));
    }

    private static Completeness verdict(Verdict verdict, String reason) {
        return new Completeness(verdict, reason);
    }
}
