package org.synoptic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One raw author string ("By Jane Doe and John Roe | Staff Writer", "Recueilli par Patrick
 * ANGEVIN.", "Ralph Steiner/Carlo Natter") into the person names it holds. Prefixes go ("By",
 * "Von", "Par", "Por", "Door", "Di", "Written by", "Text:", "Reporting by"), so do e-mail
 * addresses, URLs, handles and everything after a date or a separator; the rest is split at
 * commas, slashes, "&amp;" and the word "and" in several languages.
 *
 * <p>A part is a person's name only when it is one to six words, holds no digit or markup
 * character, is not a date, does not start with "The", and holds no word that names an
 * organisation or a role ("Staff", "Editor", "Correspondent", "Editorial Board", "Admin", "News",
 * "Press", "Team", ...). In scripts with letter case every word starts with a capital, apart from
 * name particles ("von", "de", "van der"), and a lone word must be neither all lower case (a user
 * name) nor all capitals (a desk code). A lone word beside full names ("Victor Tangermann,
 * Futurism") is an affiliation, not a co-author. Role words after a full name are cut off
 * ("Denis Staunton Correspondent").
 */
final class PersonNames {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|(?<=\\p{L}{2})\\.$");

    private static final int MAX_CHARS = 60;
    /** Words of a name, not counting particles ("Ursula von der Leyen" has two). */
    private static final int MAX_WORDS = 4;
    private static final int MAX_RAW_CHARS = 200;
    private static final Pattern CONTACTS = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|@\\w+|https?://\\S+|www\\.\\S+");
    /**
     * Reporter labels of Chinese and Japanese bylines ("聯合報 記者林宸誼"), and the place before a
     * Japanese reporter's name ("ワシントン＝山田太郎"), with what precedes them.
     */
    private static final Pattern CJK_LEAD = Pattern.compile("^.*?(?:記者|记者|特派員|特派员|作者|撰文|[＝=])\\s*[:：]?\\s*");
    /** Korean reporters' roles ("기자" reporter, "특파원" correspondent, "칼럼니스트" columnist, ...), longest first. */
    static final String KOREAN_ROLES = "(?:선임기자|수석기자|객원기자|인턴기자|수습기자|전문기자|대기자|기자|특파원|통신원|칼럼니스트|논설위원|편집위원)";
    /** A Korean role before the name ("칼럼니스트 홍길동") or after it, spaced or not ("홍길동 기자", "홍길동기자"). */
    private static final Pattern KOREAN_ROLE = Pattern.compile("^" + KOREAN_ROLES + "\\s+|\\s*" + KOREAN_ROLES + "$");
    static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:written|posted|published|reported|reporting|compiled|edited|text|words|story|photos?|interview"
                    + "|recueillie?s?|propos\\s+recueillis|écrit|geschrieben|escrito|scritto|texto|texte|publicad[oa]|publiée?"
                    + "|postad[oa]|veröffentlicht|analysis|opinion|commentary|review|column|essay)\\s+)?"
                    + "(?:by|von|par|por|door|di|av|af)\\s*:?\\s+"
                    + "|^(?:author|authors|autor|autorin|autoren|auteur|auteurs|autore|byline|text|texto|texte|testo|tekst|текст|автор"
                    + "|reporting|words|reporter|redaktion)\\s*:\\s*"
                    // "writes", "wrote", "by the pen of": "Piše: P. Mucović", "كتبت أسماء نصار".
                    + "|^(?:piše|pisze|napisao|napisala|napisał|napisała|كتب|كتبت|بقلم)\\s*:?\\s+"
                    // The heading of an author's note: "About Jane Doe".
                    + "|^about\\s+");
    /** "vonFred Hüning": a lower-case prefix run into the name. */
    static final Pattern GLUED_LEAD = Pattern.compile("^(?:by|von|par|por|door)(?=\\p{Lu})");
    /** Agencies whose names have more than one word; cut off a byline before role words are looked for. */
    private static final Pattern AGENCY = Pattern.compile(
            "(?i)\\s*,?\\s+(?:the\\s+)?(?:associated press|canadian press|press association|agence france[- ]presse|australian associated press)\\b.*$");
    static final Pattern CUT = Pattern.compile(
            "(?i)\\s*(?:\\||•|·|—|–| - |\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\p{Lu}\\p{Ll}+\\s+\\d|\\d"
                    + "|\\bon\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(?:on|am|le|el|em|il|op)\\s+\\d"
                    + "|\\b(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])\\p{L}*\\.?\\s+\\d"
                    + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
                    // "Charles Walton for SurgeZirc UK": the outlet written for.
                    + "|\\s(?:for|für|pour)\\s+(?-i:\\p{Lu})).*$");
    static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,;&/／、]|(?<=\\p{L}{2})\\.\\s+|\\s(?:and|und|et|y|e|i|og|en|és|и)\\s)\\s*");
    private static final String NOT_IN_NAMES = "()[]{}<>:=?!\"#*+|";
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "del", "della", "la", "le", "al", "el",
            "bin", "ibn", "ben", "zu", "ter", "ten", "y", "e", "d", "l");
    /** Words that never occur in a person's name as a byline gives it: organisations, desks and roles. */
    private static final Set<String> NOT_PERSON_WORDS = Set.of(
            "admin", "administrator", "webmaster", "staff", "team", "newsroom", "desk", "bureau", "redaktion", "redaccion",
            "redacción", "rédaction", "redazione", "redação", "editorial", "editors", "editor", "board", "writer", "writers",
            "reporter", "reporters", "correspondent", "correspondents", "columnist", "contributor", "contributors",
            "producer", "journalist", "photographer", "guest", "gast", "gastautor", "гость", "redakteur", "redakteurin",
            "korrespondent", "correspondant", "agency", "agencies", "agencia", "agência", "agence", "agentur", "press", "presse",
            "prensa", "news", "nachrichten", "noticias", "notizie", "nouvelles", "media", "online", "live", "magazine", "times",
            "tribune", "gazette", "herald", "journal", "daily", "weekly", "zeitung", "zeitschrift", "verlag", "revista",
            "diario", "periódico", "jornal", "giornale", "radio", "tv", "television", "channel", "network", "group", "inc", "ltd",
            "llc", "gmbh", "foundation", "ministry", "ministries", "police", "polizei", "department", "government",
            "office", "university", "council", "unknown", "anonymous", "author", "authors", "null", "none", "share",
            "follow", "email", "twitter", "facebook", "more", "view", "profile", "comment", "comments", "sponsored", "기자",
            "by", "von", "par", "por", "door", "av", "and", "und", "international");
    /**
     * Words for news (also "نيوز", "news" in Arabic letters, as outlets name themselves), agencies,
     * bureaus and editorial desks in scripts other than Latin, and for states, ministries, parties
     * and associations: a name holding one is an outlet, a desk or an organisation ("Լուրեր
     * Հայաստանից", "वाराणसी ब्यूरो", "Ministerium der Republik Österreich", "Courant Communiste
     * Révolutionnaire"), however the words around it are written.
     */
    private static final Set<String> OUTLET_WORDS = Set.of(
            "نيوز", "نیوز", "ньюс", "ניוז", "republic", "republik", "république", "república", "repubblica", "ministerium",
            "ministère", "ministerio", "ministero", "ministério", "información", "informação", "informazione", "party", "parti",
            "partei", "partido", "partito", "communiste", "socialiste", "association", "committee", "comité", "federation",
            "fédération", "movement", "mouvement", "collectif", "coalition", "institute", "institut",
            "новости", "новини", "новина", "редакция", "редакція", "редакции", "агентство", "бюро", "ειδήσεις", "σύνταξη", "συντακτική",
            "συντακτικη", "ομάδα", "ομαδα",
            "լուրեր", "أخبار", "اخبار", "الأخبار", "وكالة", "خبرگزاری", "خبر", "تحریریه", "חדשות", "מערכת", "समाचार",
            "ब्यूरो", "डेस्क", "न्यूज़", "न्यूज", "संवाददाता");
    /** The same for scripts written without spaces between words, found inside a name. */
    private static final List<String> UNSPACED_OUTLET_WORDS = List.of("뉴스", "편집국", "ニュース", "編集部", "新闻", "新聞",
            "编辑部", "編輯部", "通信社", "通讯社", "共同", "時事", "ロイター", "新華社", "新华社", "中央社", "聯合", "联合", "報導", "报道", "報道");
    private static final Set<String> WIRE_SERVICES = Set.of(
            "ap", "reuters", "afp", "bloomberg", "upi", "dpa", "efe", "ansa", "xinhua", "tass", "irna", "pti", "ians", "cnn",
            "bbc", "aap", "kyodo", "yonhap", "sda", "apa", "anp", "belga", "epa", "kna", "epd", "ria", "interfax", "ritzau", "ntb",
            "tt", "stt", "fnb", "acn");
    static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
                    + "|september|october|november|december|today|yesterday|ago)\\b");

    private PersonNames() {}

    /**
     * The person names in one raw author string, in order; empty when it names none. A name that
     * is also the outlet's is refused, unless {@code stated} (the page's metadata names it as the
     * author) and it is a full name: a personal site is named after its writer.
     */
    static List<String> of(String raw, SiteNames site, boolean stated) {
        String text = TextClean.collapse(raw);
        if (text.length() > MAX_RAW_CHARS) {
            return List.of();
        }
        if (text.indexOf('@') >= 0 || text.contains("http") || text.contains("www.")) {
            text = TextClean.collapse(CONTACTS.matcher(text).replaceAll(" "));
        }
        String unprefixed = withoutGluedLead(withoutLead(text));
        boolean led = unprefixed.length() < text.length();
        text = mayHoldTail(unprefixed) ? CUT.matcher(unprefixed).replaceFirst("") : unprefixed;
        if (TextClean.containsIgnoreCase(text, "press")) {
            text = AGENCY.matcher(text).replaceFirst("");
        }
        String[] parts = mayJoinNames(text) ? SPLIT.split(text) : new String[] {text};
        List<String> names = new ArrayList<>();
        // "记者李华、张明": one label before a list of names serves them all; a slash parts a name
        // from a place ("記者王小明／台北").
        boolean listed = text.indexOf('、') >= 0 && text.indexOf('／') < 0 && text.indexOf('/') < 0;
        boolean listLabelled = false;
        for (String part : parts) {
            String unled = withoutKoreanRole(withoutLead(part.strip()));
            Matcher reporter = CJK_LEAD.matcher(unled);
            boolean labelled = mayHoldReporterLabel(unled) && reporter.find();
            listLabelled |= labelled && listed;
            String stripped = labelled ? unled.substring(reporter.end()) : unled;
            String trimmed = hasEdgePunctuation(stripped) ? EDGE_PUNCTUATION.matcher(stripped).replaceAll("").strip() : stripped.strip();
            String name = cutRole(withoutOutlet(withoutGluedOutlet(trimmed), site), led);
            // A lone word is a name only where the page says it is one (metadata, "By Regan"), and
            // never beside full names, where it is an affiliation ("Victor Tangermann, Futurism").
            boolean lone = name.indexOf(' ') < 0 && !name.isEmpty() && hasCase(name) && (parts.length > 1 || !(stated || led));
            boolean fullName = nameWords(name) >= 2;
            boolean unlabelledHan = !name.isEmpty() && !stated && !labelled && !listLabelled && isHan(name);
            // After a name, the outlet's short name is an affiliation ("Tanza Loudenback, Business Insider").
            boolean affiliation = !names.isEmpty() && site.begunBy(name);
            // A personal site named after its writer is told by a name's letter case; in scripts
            // without case an author equal to the site's name is the outlet ("خبرگزاری باشگاه خبرنگاران").
            if (!lone && !unlabelledHan && !affiliation && isName(name, site, stated && fullName && hasCase(name))) {
                names.add(name);
            }
        }
        return names;
    }

    /*
     * Cheap tests before the patterns below: each pattern needs what its test looks for, and most
     * author strings are bare names. PersonNamesTest holds each test to its pattern.
     */

    /** The first word of every {@link #LEAD}, in the pattern's case folding. */
    private static final Set<String> LEAD_WORDS = Set.of("publicado", "publicada", "publié", "publiée", "postado", "postada",
            "veröffentlicht", "analysis", "opinion", "commentary", "review", "column", "essay", "af", "written", "posted", "published", "reported", "reporting", "compiled",
            "edited", "text", "words", "story", "photo", "photos", "interview", "recueilli", "recueillie", "recueillis",
            "recueillies", "propos", "écrit", "geschrieben", "escrito", "scritto", "texto", "texte", "by", "von", "par", "por",
            "door", "di", "av", "author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "autore", "byline",
            "testo", "tekst", "текст", "автор", "reporter", "redaktion", "about", "piše", "pisze", "napisao", "napisala",
            "napisał", "napisała", "كتب", "كتبت", "بقلم");
    private static final int LONGEST_LEAD_WORD = LEAD_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final List<String> GLUED_LEAD_WORDS = List.of("by", "von", "par", "por", "door");
    private static final Set<String> JOINING_WORDS = Set.of("and", "und", "et", "y", "e", "i", "og", "en", "és", "и");
    private static final List<String> CALENDAR_STEMS = List.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec", "today", "yesterday", "ago");

    static String withoutLead(String text) {
        return mayStartWithLead(text) ? LEAD.matcher(text).replaceFirst("") : text;
    }

    /** Whether the first run of letters is a word {@link #LEAD} begins with: no lead can match otherwise. */
    static boolean mayStartWithLead(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == 0 || end > LONGEST_LEAD_WORD) {
            return false;
        }
        return LEAD_WORDS.contains(TextClean.caseFold(text, 0, end));
    }

    static String withoutGluedLead(String text) {
        for (String word : GLUED_LEAD_WORDS) {
            if (text.startsWith(word)) {
                return GLUED_LEAD.matcher(text).replaceFirst("");
            }
        }
        return text;
    }

    /** Whether {@link #SPLIT} could cut the text: a separator, a full stop, other white space than a space, or a joining word. */
    static boolean mayJoinNames(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (",;&/／、.\t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        int space = text.indexOf(' ');
        while (space >= 0) {
            int next = text.indexOf(' ', space + 1);
            if (next < 0) {
                return false;
            }
            if (JOINING_WORDS.contains(text.substring(space + 1, next))) {
                return true;
            }
            space = next;
        }
        return false;
    }

    /** Whether {@link #CALENDAR_WORD} could find a month or day word: one of its stems occurs, in any case. */
    static boolean mayNameCalendar(String name) {
        for (String stem : CALENDAR_STEMS) {
            if (TextClean.containsIgnoreCase(name, stem)) {
                return true;
            }
        }
        return false;
    }

    /** "홍길동 기자" → "홍길동"; only text that starts or ends in Hangul can hold a role. */
    private static String withoutKoreanRole(String text) {
        if (text.isEmpty() || !isHangul(text.charAt(0)) && !isHangul(text.charAt(text.length() - 1))) {
            return text;
        }
        return KOREAN_ROLE.matcher(text).replaceAll("");
    }

    private static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    private static boolean mayHoldReporterLabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("記记特作撰＝=".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #EDGE_PUNCTUATION}: ASCII punctuation or a space first, or ASCII punctuation last. */
    private static boolean hasEdgePunctuation(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return isAsciiPunctuation(first) || first == ' ' || first >= '\t' && first <= '\r'
                || isAsciiPunctuation(text.charAt(text.length() - 1));
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }

    /** A cheap test before {@link #CUT}: most author strings are bare names with nothing to cut. */
    static boolean mayHoldTail(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '|' || c == '•' || c == '·' || c == '—' || c == '–' || c == '-') {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("updated") || lower.contains("published") || lower.contains("posted") || lower.contains("day")
                || lower.contains(" for ") || lower.contains(" für ") || lower.contains(" pour ");
    }

    /** Whether a line starts with a byline prefix ("By", "Von", "Written by", "Text:"). */
    static boolean startsWithPrefix(String line) {
        return LEAD.matcher(TextClean.collapse(line)).lookingAt();
    }

    /**
     * Whether a byline led by "By", "Por", "Von", ... credits an organisation: the outlet, a wire
     * service, an agency, a desk or a newsroom ("By 7 News WHDH", "Por: Agencia Reforma | 17 de
     * Febrero 2020"), rather than a person or a role ("By Staff").
     */
    static boolean creditsOrganisation(String raw) {
        String text = TextClean.collapse(raw);
        String unled = withoutLead(text);
        if (unled.length() == text.length()) {
            return false;
        }
        // The outlet's own name is not looked for: a personal site is named after its writer
        // ("Posted by Trey Hunner" on Trey Hunner's site).
        for (String word : unled.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (WIRE_SERVICES.contains(lower) || OUTLET_WORDS.contains(lower) || ORGANISATION_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@link #NOT_PERSON_WORDS} that name an organisation (not a role, an account or a link). */
    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "newsroom", "desk", "bureau", "redaktion", "redaccion", "redacción", "rédaction", "redazione", "redação", "editorial",
            "agency", "agencies", "agencia", "agência", "agence", "agentur", "press", "presse", "prensa", "news", "nachrichten", "noticias",
            "notizie", "nouvelles", "media", "magazine", "times", "tribune", "gazette", "herald", "journal", "daily", "weekly",
            "zeitung", "zeitschrift", "verlag", "revista", "diario", "periódico", "jornal", "giornale", "radio", "tv", "television",
            "channel", "network", "group", "inc", "ltd", "llc", "gmbh", "foundation", "ministry", "police", "polizei",
            "department", "government", "office", "university", "council");

    /**
     * "Isabel KeaneJournal News" → "Isabel Keane": an outlet's word run into the end of a name
     * (the page's markup lost the space), told from "McDonald" by the word.
     */
    private static String withoutGluedOutlet(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                int end = name.indexOf(' ', i);
                String glued = name.substring(i, end < 0 ? name.length() : end).toLowerCase(Locale.ROOT);
                if (ORGANISATION_WORDS.contains(glued)) {
                    return name.substring(0, i);
                }
            }
        }
        return name;
    }

    /** "David Zurawik Baltimore Sun" → "David Zurawik": the outlet's name run on after a full name. */
    private static String withoutOutlet(String name, SiteNames site) {
        String[] words = name.split(" ");
        for (int k = Math.min(3, words.length - 2); k >= 1; k--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
            if (site.names(tail)) {
                return String.join(" ", java.util.Arrays.copyOf(words, words.length - k));
            }
        }
        return name;
    }

    private static boolean isArabicOrHebrew(String name) {
        Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(0));
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
    }

    private static boolean isHan(String name) {
        return Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * "Yoga Sukmana Editor" credits an editor, not a writer: a name labelled with a role other than
     * writing is no author, unless a byline prefix says it is ("By Jane Doe, Editor").
     */
    private static final Set<String> OTHER_ROLES = Set.of("editor", "producer", "photographer", "redakteur", "redakteurin");
    /**
     * The words of {@link #NOT_PERSON_WORDS} that may follow a person's name and are cut off: what
     * the person does ("Staff Writer", "Correspondent"), and the links and words around a byline
     * ("Email", "Follow", "and"). Any other ("European Space Agency", "Harbour Herald Editorial
     * Board") makes the words before it an organisation's name.
     */
    private static final Set<String> AFTER_NAME = Set.of("staff", "writer", "writers", "reporter", "reporters", "correspondent",
            "correspondents", "columnist", "contributor", "contributors", "producer", "journalist", "photographer", "editor",
            "editors", "guest", "gast", "gastautor", "гость", "redakteur", "redakteurin", "korrespondent", "correspondant", "기자",
            "email", "twitter", "facebook", "follow", "more", "view", "profile", "share", "comment", "comments", "and", "und", "by",
            "von", "par", "por", "door", "av", "author", "authors");

    /**
     * "Denis Staunton Correspondent" → "Denis Staunton"; after one word a role leaves the name
     * as it is, to be refused (an outlet's staff), except in scripts without case ("홍길동 기자").
     */
    private static String cutRole(String name, boolean led) {
        String[] words = name.split(" ");
        int keep = words.length > 0 && !words[0].isEmpty() && hasCase(words[0]) ? 2 : 1;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (i >= keep && WIRE_SERVICES.contains(word)) {
                // "Andrew Dalton AP Entertainment Writer": the agency and its desk follow the name.
                return String.join(" ", java.util.Arrays.copyOf(words, i));
            }
            if (NOT_PERSON_WORDS.contains(word)) {
                if (i >= keep && (!led && OTHER_ROLES.contains(word) || !AFTER_NAME.contains(word))) {
                    return "";
                }
                return i >= keep ? withoutBeat(words, i) : name;
            }
        }
        return name;
    }

    /**
     * The words before a role at {@code role} without the beat that qualifies it ("Jane Doe
     * Political Reporter" → "Jane Doe"); empty when no more than one word is left: a place and a
     * beat name a desk ("Antrim Court Reporter").
     */
    private static String withoutBeat(String[] words, int role) {
        int end = role;
        while (end > 0 && BEATS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end < role && end <= 1) {
            return "";
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /** What a reporter covers or how senior they are, said before the role ("Court Reporter", "Chief Political Correspondent"). */
    private static final Set<String> BEATS = Set.of("chief", "senior", "junior", "deputy", "political", "politics", "court", "courts",
            "crime", "business", "economics", "sports", "sport", "health", "education", "science", "technology", "environment",
            "environmental", "local", "city", "features", "arts", "music", "film", "travel", "weather", "investigative", "trainee",
            "digital", "social", "foreign", "diplomatic", "legal", "motoring", "entertainment");

    /** The words of a name, not counting particles ("El Dia" has one, "Ursula von der Leyen" two). */
    private static long nameWords(String name) {
        return java.util.Arrays.stream(name.split(" ")).filter(w -> !PARTICLES.contains(w.toLowerCase(Locale.ROOT))).count();
    }

    /** {@code siteNameAllowed}: the name may equal the outlet's (a personal site), though not extend it. */
    static boolean isName(String name, SiteNames site, boolean siteNameAllowed) {
        String[] words = name.split(" ");
        long nameWords = nameWords(name);
        if (name.length() < 2 || name.length() > MAX_CHARS || nameWords > MAX_WORDS || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        // Arabic and Hebrew bylines give a given name and a family name: one word is a place or a desk ("أبوظبي").
        if (words.length == 1 && isArabicOrHebrew(name)) {
            return false;
        }
        if (name.chars().anyMatch(c -> Character.isDigit(c) || NOT_IN_NAMES.indexOf(c) >= 0)) {
            return false;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (hasNonPersonPiece(lower) || OUTLET_WORDS.contains(lower)) {
                return false;
            }
        }
        for (String outlet : UNSPACED_OUTLET_WORDS) {
            if (name.contains(outlet)) {
                return false;
            }
        }
        // Digits were refused above, so a date could only show as a month or day word.
        if (words[0].equalsIgnoreCase("the") || (mayNameCalendar(name) && CALENDAR_WORD.matcher(name).find())) {
            return false;
        }
        if (words.length == 1 && site.hasWord(name)) {
            return false;
        }
        return hasNameCase(words) && (siteNameAllowed || !site.names(name)) && !startsWithOutlet(words, site)
                && !isOutletAfterParticles(words, site) && !WIRE_SERVICES.contains(TextClean.key(name));
    }

    /** "Do UOL", "de El Diario": the outlet after a word for "from", which is also a name particle. */
    private static boolean isOutletAfterParticles(String[] words, SiteNames site) {
        int first = 0;
        while (first < words.length - 1 && PARTICLES.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        return first > 0 && site.names(String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)));
    }

    /** A word, or a piece of a hyphenated or dotted one ("Campact-Team", "Reuters.com"), that no person's name has. */
    private static boolean hasNonPersonPiece(String word) {
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || "-'’.".indexOf(word.charAt(i)) >= 0) {
                String piece = word.substring(start, i);
                if (NOT_PERSON_WORDS.contains(piece) || WIRE_SERVICES.contains(piece)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** "Sputnik International", "CNN Politics": the outlet's name with a word or two added. */
    private static boolean startsWithOutlet(String[] words, SiteNames site) {
        for (int k = 1; k < words.length; k++) {
            if (site.names(String.join(" ", java.util.Arrays.copyOf(words, k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Capitalised words in scripts with case; a lone word neither all lower nor all upper case; Han
     * names of two to four characters (Chinese names have two or three, Japanese often four).
     */
    private static boolean hasNameCase(String[] words) {
        if (isHan(words[0])) {
            return words.length == 1 && words[0].codePointCount(0, words[0].length()) <= 4;
        }
        if (!hasCase(words[0])) {
            return true;
        }
        if (words.length == 1) {
            String w = words[0];
            return Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCase(String word) {
        return !word.toUpperCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT));
    }
}
