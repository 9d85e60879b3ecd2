package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the short lines of the whole page (before cleaning) say: a wall that stops the reader
 * ("Continue reading for free", "To Read the Full Story Subscribe", "Weiterlesen mit Plus"), a link
 * to the rest of the story elsewhere ("Read the full story at ...", "Click here to see ..."), a bot
 * check or a notice that scripts are needed, cookie and consent notices, pagination ("Page 1 of
 * 3"), copyright notices and a Creative Commons statement. Only lines of at most
 * {@value #MAX_LINE_CHARS} characters are read, at most {@value #MAX_LINES} of them: walls and
 * notices are short, and this keeps each scan linear and small. Lines under ten characters (menu
 * items) are skipped. Each sign is looked for only when first asked for, since most pages need
 * only one or two of them (a wall matters only beside a short text, a bot check only on an empty
 * page).
 */
final class PageLines {

    static final int MAX_LINE_CHARS = 300;
    static final int MAX_LINES = 5_000;
    /** Shorter lines are menu items ("Home", "World"); every sign looked for is longer ("Page 1 of 3"). */
    private static final int MIN_LINE_CHARS = 10;
    private static final int MAX_NOTICES = 5;
    /** How far after the text a link to its rest may stand: past a share bar or a tag line, not further. */
    private static final int LINES_AFTER_TEXT = 3;

    /*
     * The patterns run on the lower-cased line, and only when the line holds one of their gate
     * words: most lines hold none, and a plain substring test is many times cheaper than trying a
     * long alternation at every position.
     */
    private static final List<String> WALL_GATE = List.of(
            "read", "lesen", "weiter", "abonn", "subscri", "suscri", "leyendo", "lendo", "legg", "lire", "réserv", "assin", "resten",
            "läs", "lees");
    private static final List<String> CHALLENGE_GATE = List.of(
            "javascript", "captcha", "incapsula", "unsuccessful", "browser", "human", "robot", "traffic", "denied", "attention",
            "ddos");
    private static final List<String> CONSENT_GATE = List.of(
            "cookie", "consent", "einwillig", "datenschutz", "privacy");
    private static final List<String> PAGINATION_GATE = List.of("page", "seite", "pági", "pagi", "strona", "sida", "side");
    private static final List<String> NOTICE_GATE = List.of("copyright", "(c)");
    private static final List<String> ELSEWHERE_GATE = List.of("click", "full", "continue", "read more", "suite", "weiterlesen",
            "vollständig", "leer", "leggi");

    /**
     * A walled continuation of the article, in English, German, French, Spanish, Italian,
     * Portuguese, Danish, Norwegian, Swedish and Dutch; never the ads' "continue reading the main story".
     */
    static final Pattern WALL = Pattern.compile(""
            + "continue reading for free|(?:sign up|register|subscribe|log ?in|sign in|create an? (?:free )?account)"
            + "(?: now| today| for free)? to (?:continue|keep|start) reading|subscribe (?:now )?to (?:continue|read|unlock|access)"
            + "|^to (?:continue|keep) reading(?!\\s+(?:the main story|below))|to read (?:the|this) (?:full|whole|entire|rest of the) (?:story|article)"
            + "|(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)"
            + "|(?:jetzt )?weiterlesen mit|lesen sie (?:jetzt )?weiter mit|mit \\S+ ?plus weiterlesen|exklusiv für (?:abonnent|plus)"
            + "|(?:article|contenu) réservé aux abonnés|la suite (?:de cet article )?est réservée|pour lire la suite"
            + "|contenido (?:exclusivo )?para (?:suscriptores|socios)|para (?:seguir|continuar) leyendo|suscríbete para"
            + "|per continuare a leggere|riservato agli abbonati|para continuar lendo|exclusivo para assinantes"
            + "|læs resten af artiklen|les resten av (?:artikkelen|saken)|läs (?:resten av|hela) artikeln"
            + "|lees (?:verder|het hele artikel) met|alleen voor abonnees");
    /** A link line that sends the reader to the rest of the story, often on the site that first ran it. */
    private static final Pattern ELSEWHERE = Pattern.compile(""
            + "^(?:click here to (?:read|see|view)|read (?:the )?(?:full|whole|entire|complete) (?:story|article|report)"
            + "|(?:continue reading|read more) (?:at|on)\\b|lire la suite (?:sur|de l'article)|lire l'article (?:complet|en entier)"
            + "|weiterlesen (?:auf|bei)\\b|den (?:ganzen|vollständigen) artikel|leer (?:la nota completa|el artículo completo|más en)"
            + "|leggi (?:l'articolo completo|tutto su))");
    private static final Pattern CHALLENGE = Pattern.compile(""
            + "enable javascript|javascript (?:is )?(?:disabled|required)|requires? javascript|without javascript"
            + "|javascript (?:aktivieren|einschalten)|activez javascript|habilita javascript|request unsuccessful|incapsula incident"
            + "|checking your browser|verify (?:that )?you are (?:a )?human|are you a (?:robot|human)|unusual traffic"
            + "|access denied|attention required|captcha|ddos protection");
    private static final Pattern CONSENT = Pattern.compile(
            "(?u)^(?=.*\\b(?:cookies?|consent|einwilligung|datenschutz|privacy|consentement|consentimiento)\\b)"
                    + ".*\\b(?:accept|agree|allow|consent|akzeptier|zustimm|einverstanden|accepter|aceptar|accetta|aceitar)");
    private static final Pattern PAGINATION = Pattern.compile(
            "(?u)\\b(?:page|seite|página|pagina|strona|sida|side)\\s+1\\s*(?:of|von|de|di|sur|z|av|/)\\s*(?:[2-9]|[1-9]\\d)\\b");

    private final Blocks.Result whole;
    private final int letters;
    private List<String> lines;
    private List<String> lowerLines;
    private String wall;
    private String elsewhere;
    private String challenge;
    private Integer consentLetters;
    private String pagination;
    private List<String> notices;
    private String license;

    private PageLines(Blocks.Result whole, int letters) {
        this.whole = whole;
        this.letters = letters;
    }

    static PageLines of(Blocks.Result whole, org.jsoup.nodes.Element body) {
        return new PageLines(whole, whole.stats(body).letters());
    }

    /** Letters of the whole page's visible text. */
    int letters() {
        return letters;
    }

    /** The first wall phrase on the page (lower case), or empty. */
    String wall() {
        if (wall == null) {
            wall = firstOnPage(WALL, WALL_GATE);
        }
        return wall;
    }

    /** The first line sending the reader elsewhere for the rest of the story (lower case), or empty. */
    String elsewhere() {
        if (elsewhere == null) {
            elsewhere = firstOnPage(ELSEWHERE, ELSEWHERE_GATE);
        }
        return elsewhere;
    }

    /**
     * A line sending the reader elsewhere for the rest (lower case) among the few lines that follow
     * the text's last paragraph on the page, or empty: there it continues the text, where on the
     * rest of the page such a line is a link in a list of other stories.
     */
    String elsewhereAfter(String lastParagraph) {
        List<Blocks.Block> blocks = whole.blocks();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).text().equals(lastParagraph)) {
                int lines = 0;
                for (int j = i + 1; j < blocks.size() && lines < LINES_AFTER_TEXT; j++) {
                    String text = blocks.get(j).text();
                    if (isLine(text)) {
                        lines++;
                        String found = first(ELSEWHERE, ELSEWHERE_GATE, text.toLowerCase(Locale.ROOT));
                        // "Read more on Outlet" and "Click here to ..." end complete articles too, as promotion.
                        if (!found.isEmpty() && !found.startsWith("read more") && !found.startsWith("click here")) {
                            return found;
                        }
                    }
                }
                return "";
            }
        }
        return "";
    }

    /** The first bot-check or script notice on the page (lower case), or empty. */
    String challenge() {
        if (challenge == null) {
            challenge = firstOnPage(CHALLENGE, CHALLENGE_GATE);
        }
        return challenge;
    }

    /** Letters in lines about cookies or consent. */
    int consentLetters() {
        if (consentLetters == null) {
            int sum = 0;
            for (Blocks.Block block : whole.blocks()) {
                if (isLine(block.text()) && !first(CONSENT, CONSENT_GATE, block.text().toLowerCase(Locale.ROOT)).isEmpty()) {
                    sum += block.letters();
                }
            }
            consentLetters = sum;
        }
        return consentLetters;
    }

    /** "Page 1 of 3" and its like, or empty. */
    String pagination() {
        if (pagination == null) {
            pagination = "";
            for (String line : lines()) {
                if (line.contains(" 1 ") || line.contains(" 1/")) {
                    pagination = first(PAGINATION, PAGINATION_GATE, line.toLowerCase(Locale.ROOT));
                    if (!pagination.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return pagination;
    }

    /** The last lines holding a copyright notice, in page order (at most {@value #MAX_NOTICES}). */
    List<String> notices() {
        if (notices == null) {
            List<String> found = new ArrayList<>();
            for (String line : lines()) {
                if (line.indexOf('©') >= 0 || mentionsCopyright(line)) {
                    found.add(line);
                    if (found.size() > MAX_NOTICES) {
                        found.remove(0);
                    }
                }
            }
            notices = List.copyOf(found);
        }
        return notices;
    }

    /** A Creative Commons licence phrase stated on the page, or empty. */
    String license() {
        if (license == null) {
            license = "";
            for (String line : lines()) {
                if (line.contains("Creative Commons") || line.contains("CC BY") || line.contains("CC-BY")) {
                    license = Licenses.phrase(line).orElse("");
                    if (!license.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return license;
    }

    private List<String> lines() {
        if (lines == null) {
            List<String> out = new ArrayList<>();
            for (Blocks.Block block : whole.blocks()) {
                if (isLine(block.text())) {
                    out.add(block.text());
                    if (out.size() >= MAX_LINES) {
                        break;
                    }
                }
            }
            lines = out;
        }
        return lines;
    }

    /** {@link #NOTICE_GATE} in any case, without a lower-cased copy of every line. */
    private static boolean mentionsCopyright(String line) {
        for (String word : NOTICE_GATE) {
            if (TextClean.containsIgnoreCase(line, word)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #lines}, lower-cased once for every sign that reads them so. */
    private List<String> lowerLines() {
        if (lowerLines == null) {
            List<String> out = new ArrayList<>(lines().size());
            for (String line : lines) {
                out.add(line.toLowerCase(Locale.ROOT));
            }
            lowerLines = out;
        }
        return lowerLines;
    }

    private static boolean isLine(String text) {
        return text.length() >= MIN_LINE_CHARS && text.length() <= MAX_LINE_CHARS;
    }

    private String firstOnPage(Pattern pattern, List<String> gate) {
        for (String line : lowerLines()) {
            String found = first(pattern, gate, line);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return "";
    }

    private static String first(Pattern pattern, List<String> gate, String lower) {
        if (!containsAny(lower, gate)) {
            return "";
        }
        Matcher m = pattern.matcher(lower);
        return m.find() ? m.group() : "";
    }

    private static boolean containsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The wall phrase in {@code text}, if any. */
    static Optional<String> wallIn(String text) {
        return Optional.of(first(WALL, WALL_GATE, text.toLowerCase(Locale.ROOT))).filter(s -> !s.isEmpty());
    }
}
