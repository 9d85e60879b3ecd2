package org.synoptic.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a whole line (or short paragraph) of page furniture by its wording: calls to act
 * ("Share this:", "Leave a Reply"), widget labels ("Related", "Advertisement"), captcha sums,
 * copyright and cookie notices, and run-together category menus ("IranWorld NewsMiddle East").
 *
 * <p>Only short lines are judged (a real paragraph that happens to mention cookies is longer),
 * and every pattern must match the whole line, so prose that starts with "Read more about ..."
 * is kept.
 */
final class BoilerplateLines {

    private static final int MAX_WORDS = 40;

    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?iu)(leave|post|add|write|submit) a (comment|reply|response)|(show |view |load |read )?(all |more )?comments?"
                    + "( \\(\\d+\\)| \\d+)?|\\d+ (comments?|responses?|replies)|no comments( yet)?|be the first to comment.*"
                    + "|back to top( button)?|(go |scroll )?to top|share( this| the)?( article| story| post| page)?( on| via| with)?"
                    + "( facebook| twitter| x| linkedin| whatsapp| e-?mail| pinterest| reddit| telegram)?"
                    + "|(tweet|e-?mail|print|pin|whatsapp|facebook|twitter|linkedin|reddit|telegram|copy link)( this)?( (article|story|page|link))?"
                    + "|related( articles| stories| posts| news| content| topics| links| coverage)?|(read|see|show|load) (more|also|next|previous)"
                    + "( (articles|stories|news|here|on this topic))?|see also|more on this( topic| story)?|also read|recommended( for you)?"
                    + "|advertisement|advertising|advert|sharing is caring|like this|more|sponsored( content)?|ad"
                    + "|skip (to )?(main )?(content|navigation|ad)|continue reading( below)?"
                    + "|click here( to .{0,60})?|tags?|topics?|filed under|categories|previous( article| post)?|next( article| post)?"
                    + "|(follow|like) us( on .{0,40})?|(subscribe|sign up)( now| today)?( to| for)? (our|the)( free| daily| weekly)? newsletters?.{0,80}"
                    + "|(subscribe|sign up|log ?in|sign in|register)( now| here| today)?|most (read|popular|viewed|shared)|trending( now)?"
                    + "|loading( comments)?\\.{0,3}|please enable javascript.{0,80}|you (might|may) (also )?like|more from .{1,40}"
                    + "|image (source|caption|copyright).{0,80}|(photo|image|picture)s?( credit)?:.{0,80}|getty images|reuters|ap photo.{0,60}"
                    + "|your email address will not be published.{0,120}|required fields are marked.{0,40}|name\\*?|e-?mail\\*?|website");

    private static final Pattern CAPTCHA = Pattern.compile("\\d{1,3}\\s*[+\\-x×*]\\s*\\d{1,3}\\s*=\\s*\\??\\s*\\d{0,3}");

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)(©|\\(c\\)|copyright\\b|all rights reserved|\\ball right reserved).*|.*\\ball rights reserved\\W*");

    private static final Pattern COOKIE = Pattern.compile(
            "(?iu)(?=.*\\bcookies?\\b).*\\b(we use|this (web)?site|our (web)?site|by (continuing|using|clicking|browsing)"
                    + "|accept|consent|(privacy|cookie) (policy|settings|notice))\\b.*");

    private static final Pattern NEWSLETTER = Pattern.compile(
            "(?iu)(?=.*\\bnewsletters?\\b)(?=.*\\b(sign up|signup|subscribe|inbox)\\b).*");

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?iu)(last )?(updated|published|posted|modified)( on| at)?:? .{0,40}\\d.{0,40}");

    /** Trailing marks that do not change what a label says ("Share this:", "Read more »"). */
    private static final String TRAILING_MARKS = ":.!»›>|-–—…";

    /** The longest line {@link #CALL_TO_ACTION} can match, except "be the first to comment ...". */
    private static final int MAX_CALL_TO_ACTION_CHARS = 200;

    private BoilerplateLines() {}

    /** True when the whole line is page furniture rather than article text. */
    static boolean isBoilerplate(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        int words = wordCount(trimmed);
        if (words > MAX_WORDS) {
            return false;
        }
        // Cheap word checks first: the lookahead and ".*" patterns would otherwise scan every line.
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String core = withoutTrailingPunctuation(trimmed);
        return (core.length() <= MAX_CALL_TO_ACTION_CHARS || lower.startsWith("be the first"))
                        && CALL_TO_ACTION.matcher(core).matches()
                || CAPTCHA.matcher(trimmed).matches()
                || (lower.contains("©") || lower.contains("(c)") || lower.contains("copyright") || lower.contains("reserved"))
                        && COPYRIGHT.matcher(trimmed).matches()
                || lower.contains("cookie") && COOKIE.matcher(trimmed).matches()
                || lower.contains("newsletter") && NEWSLETTER.matcher(trimmed).matches()
                || (words <= 12 && TIMESTAMP.matcher(trimmed).matches())
                || isGluedMenu(trimmed)
                || isSeparatedMenu(trimmed);
    }

    private static String withoutTrailingPunctuation(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || TRAILING_MARKS.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * A menu written out with separators: three or more short items between "|" or "·" ("Subscribe
     * to the weekly briefing | Contact the desk | Corrections"). Prose uses such separators rarely
     * and never with only short pieces and no sentence punctuation.
     */
    static boolean isSeparatedMenu(String line) {
        if (line.chars().anyMatch(c -> ".!?,;".indexOf(c) >= 0)) {
            return false;
        }
        String[] items = line.split("\\s+[|·•]\\s+");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            int words = wordCount(item);
            if (words == 0 || words > 5) {
                return false;
            }
        }
        return true;
    }

    /**
     * A category menu flattened into one line: capitalised words glued together with no space
     * ("IranWorld NewsMiddle EastPolitics"). Real prose has spaces between its words and usually
     * ends with a stop; brand names ("YouTube") rarely come two to a short line without one.
     */
    static boolean isGluedMenu(String line) {
        char last = line.charAt(line.length() - 1);
        if (".!?…\"”’)。！？".indexOf(last) >= 0 || line.chars().anyMatch(c -> ",;、，。".indexOf(c) >= 0)) {
            return false;
        }
        String[] tokens = line.split("\\s+");
        int joins = 0;
        for (String token : tokens) {
            for (int i = 1; i < token.length(); i++) {
                if (Character.isLowerCase(token.charAt(i - 1)) && Character.isUpperCase(token.charAt(i))) {
                    joins++;
                }
            }
        }
        return joins >= 2 && joins * 2 >= tokens.length && tokens.length <= 30 && line.length() <= 40 * tokens.length;
    }

    static int wordCount(String text) {
        return org.synoptic.internal.Words.count(text);
    }
}
