package org.synoptic.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.synoptic.extract.Extractor;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * Extraction throughput of Synoptic beside boilerpipe's ArticleExtractor and Readability4J, on
 * the same pages in the same JVM, one thread: the 181 ScrapingHub pages held in memory, each
 * extractor warmed up for {@link #WARMUP_ROUNDS} rounds, then {@link #ROUNDS} measured rounds
 * interleaved (one round of each in turn) so drift in machine load hits all alike. Prints
 * pages/s as the median of rounds, and Synoptic's speed as a ratio of each peer's.
 *
 * <p>Run: {@code ./synoptic bench extraction} (or {@code mvn -pl synoptic-bench -am test-compile
 * exec:java -Dexec.mainClass=org.synoptic.bench.ExtractionThroughput}).
 */
public final class ExtractionThroughput {

    static final int WARMUP_ROUNDS = 3;
    static final int ROUNDS = 5;

    interface Contender {
        int extract(ScrapingHub.Page page, String html) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : SharedData.find("extraction/scrapinghub");
        if (!Files.isDirectory(dir)) {
            System.err.println("synoptic bench: " + dir + ": ScrapingHub set not found; pass its folder");
            System.exit(1);
        }
        ScrapingHub set = ScrapingHub.load(dir);
        List<ScrapingHub.Page> pages = set.pages();
        List<String> html = new ArrayList<>();
        for (ScrapingHub.Page page : pages) {
            html.add(page.readHtml());
        }
        Extractor synoptic = Extractor.create(Clock.systemUTC());
        Map<String, Contender> contenders = new LinkedHashMap<>();
        contenders.put("synoptic", (page, h) -> synoptic.extract(
                new Input.Document(page.key(), ContentType.HTML, h, Hints.NONE.withUrl(page.url()))).text().length());
        contenders.put("boilerpipe", (page, h) -> ArticleExtractor.INSTANCE.getText(h).length());
        contenders.put("readability4j", (page, h) -> {
            String text = new Readability4J(page.url(), h).parse().getTextContent();
            return text == null ? 0 : text.length();
        });
        Map<String, double[]> rates = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> rates.put(name, new double[ROUNDS]));
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            for (Map.Entry<String, Contender> c : contenders.entrySet()) {
                double rate = pagesPerSecond(c.getValue(), pages, html);
                if (round >= 0) {
                    rates.get(c.getKey())[round] = rate;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Extraction throughput, %d ScrapingHub pages (%.1f MB of HTML), one thread, %s %s%n",
                pages.size(), html.stream().mapToLong(String::length).sum() / 1e6,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        double ours = median(rates.get("synoptic"));
        for (Map.Entry<String, double[]> r : rates.entrySet()) {
            double median = median(r.getValue());
            System.out.printf(Locale.ROOT, "%-14s %8.1f pages/s (median of %d rounds; min %.1f, max %.1f)   synoptic/%s = %.2fx%n",
                    r.getKey(), median, ROUNDS, Arrays.stream(r.getValue()).min().orElse(0),
                    Arrays.stream(r.getValue()).max().orElse(0), r.getKey(), ours / median);
        }
    }

    private static double pagesPerSecond(Contender contender, List<ScrapingHub.Page> pages, List<String> html) throws Exception {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            sink += contender.extract(pages.get(i), html.get(i));
        }
        long nanos = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return pages.size() / (nanos / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private ExtractionThroughput() {}

}
