package org.synoptic.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The byline of an article in Korean, Japanese or Chinese, where no "By" line opens the text.
 * These presses credit their reporters in a few fixed forms, none of them at the top as a line of
 * its own:
 * <ul>
 *   <li>Korean: a sign-off line at the end, name and role with an address ("홍길동 기자
 *       hong@example.kr", "칼럼니스트 홍길동"), or the wire opening "(서울=연합뉴스) 홍길동 기자 = ...";</li>
 *   <li>Japanese: the place and reporter in lenticular brackets before the first sentence
 *       ("【ワシントン＝山田太郎】");</li>
 *   <li>Chinese: a bracketed reporter credit before the first sentence or on a line of its own
 *       ("〔記者王小明／台北報導〕", "（记者李华）").</li>
 * </ul>
 * Returns the credit as the page writes it, without brackets and addresses, for
 * {@link PersonNames} to read the names from: it knows the reporter labels ("記者", "기자", the
 * place before "＝"). The lines stay in the text, as the pages' own text holds them.
 *
 * <p>Why fixed forms and not any short line with a name: a name in these scripts cannot be told
 * from another word by its letters, so only the label around it makes it a byline. Cost: the
 * opening of the first two paragraphs (a photo caption may come first) and the last few short
 * paragraphs are looked at, and only when they hold a character of these scripts.
 */
final class CjkBylines {

    /** Sign-offs come last, before at most a photo credit and a copyright line. */
    private static final int LAST_PARAGRAPHS = 4;
    private static final int OPENING_PARAGRAPHS = 2;
    private static final int MAX_LINE_CHARS = 80;

    private static final String KOREAN_NAME = "[가-힣]{2,4}";
    private static final String EMAIL = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";
    /** "홍길동 기자 hong@example.kr", "칼럼니스트 홍길동", "[홍길동 기자]": the whole line. */
    private static final Pattern KOREAN_SIGN_OFF = Pattern.compile("^[\\[(<【]?\\s*((?:" + KOREAN_NAME + "\\s*" + PersonNames.KOREAN_ROLES + ")|(?:"
            + PersonNames.KOREAN_ROLES + "\\s+" + KOREAN_NAME + "))\\s*[\\])>】]?\\s*(?:" + EMAIL + "\\s*)*$");
    /** "(서울=연합뉴스) 홍길동 기자 = ...": the wire opening of the first paragraph. */
    private static final Pattern KOREAN_WIRE = Pattern.compile("^[(\\[][^)\\]]{1,30}=[^)\\]]{1,30}[)\\]]\\s*(" + KOREAN_NAME + "(?:\\s*[·,]\\s*"
            + KOREAN_NAME + ")*\\s*" + PersonNames.KOREAN_ROLES + ")\\s*=");
    /** "【ワシントン＝山田太郎】" opening the first paragraph: a place, then the reporter. */
    private static final Pattern JAPANESE_OPENING = Pattern.compile("^【([^】＝=]{1,20}[＝=][^】＝=]{2,12})】");
    /** "〔記者王小明／台北報導〕", "（记者李华、张明）": a bracketed credit naming a reporter. */
    private static final Pattern CHINESE_CREDIT = Pattern.compile("^[〔【（(\\[]((?:記者|记者)[^〕】）)\\]]{2,30})[〕】）)\\]]");
    private static final Pattern CHINESE_LINE = Pattern.compile("^(?:記者|记者)\\p{IsHan}{2,4}\\s*[／/]\\s*\\p{IsHan}{1,8}(?:報導|报道)$");

    private CjkBylines() {}

    static Optional<String> find(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        // A photo's caption often comes before the opening ("...（資料照）").
        for (String first : paragraphs.subList(0, Math.min(OPENING_PARAGRAPHS, paragraphs.size()))) {
            if (!first.isEmpty() && "([【〔（".indexOf(first.charAt(0)) >= 0) {
                Optional<String> opening = group(KOREAN_WIRE, first).or(() -> group(JAPANESE_OPENING, first))
                        .or(() -> group(CHINESE_CREDIT, first));
                if (opening.isPresent()) {
                    return opening;
                }
            }
        }
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - LAST_PARAGRAPHS); i--) {
            String line = paragraphs.get(i);
            if (line.length() <= MAX_LINE_CHARS && holdsCjk(line)) {
                Optional<String> credit = group(KOREAN_SIGN_OFF, line).or(() -> group(CHINESE_CREDIT, line))
                        .or(() -> CHINESE_LINE.matcher(line).matches() ? Optional.of(line) : Optional.empty());
                if (credit.isPresent()) {
                    return credit;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** A Hangul syllable or a Han character: none of the forms can match without one. */
    private static boolean holdsCjk(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3' || c >= '\u4E00' && c <= '\u9FFF') {
                return true;
            }
        }
        return false;
    }
}
