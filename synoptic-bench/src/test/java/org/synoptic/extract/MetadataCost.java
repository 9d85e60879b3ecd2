package org.synoptic.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.synoptic.bench.ScrapingHub;
import org.synoptic.bench.SharedData;
import org.synoptic.internal.Hashing;
import org.synoptic.model.ContentType;
import org.synoptic.model.Hints;
import org.synoptic.model.Input;

/**
 * What metadata and the completeness verdict add to extraction time: the whole extractor beside
 * the main text alone ({@link HtmlExtractor#textOnly}: parse, clean, choose, paragraphs, and the
 * content hash every article gets as its id whatever else is read), on the 181 ScrapingHub pages
 * held in memory, one thread, in the steady state of a long run (as {@code run}, {@code serve} and
 * Spark executors are): after {@link #WARMUP_ROUNDS} rounds of warm-up, about 20 seconds. Most
 * metadata code runs once per page, so the JIT compiles it fully only after thousands of pages,
 * while the walks over every node are compiled within the first; three rounds, as before, timed
 * part of that warm-up and put the share about ten points higher. Each round runs all pages one way, then the other,
 * the first way alternating; the share is the median of the rounds' shares. It lives in the
 * extractor's package because the text-only path is not part of the public API.
 *
 * <p>Run: {@code ./synoptic bench metadata}.
 */
public final class MetadataCost {

    private static final int WARMUP_ROUNDS = 40;
    private static final int ROUNDS = 11;

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : SharedData.find("extraction/scrapinghub");
        if (!Files.isDirectory(dir)) {
            System.err.println("synoptic bench: " + dir + ": ScrapingHub set not found; pass its folder");
            System.exit(1);
        }
        List<ScrapingHub.Page> pages = ScrapingHub.load(dir).pages();
        List<String> html = new ArrayList<>();
        for (ScrapingHub.Page page : pages) {
            html.add(page.readHtml());
        }
        Extractor whole = Extractor.create(Clock.systemUTC());
        double[] full = new double[ROUNDS];
        double[] text = new double[ROUNDS];
        double[] added = new double[ROUNDS];
        long sink = 0;
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            // Each way over all pages in a row, as the product runs one of them; which goes first
            // alternates, so the machine's drift falls on both alike.
            long fullNanos = 0;
            long textNanos = 0;
            for (int side = 0; side < 2; side++) {
                long start = System.nanoTime();
                boolean fullSide = (round + side) % 2 == 0;
                for (int i = 0; i < pages.size(); i++) {
                    ScrapingHub.Page page = pages.get(i);
                    Hints hints = Hints.NONE.withUrl(page.url());
                    if (fullSide) {
                        sink += whole.extract(new Input.Document(page.key(), ContentType.HTML, html.get(i), hints)).text().length();
                    } else {
                        sink += Hashing.sha256(HtmlExtractor.textOnly(html.get(i), hints)).length();
                    }
                }
                long nanos = System.nanoTime() - start;
                if (fullSide) {
                    fullNanos = nanos;
                } else {
                    textNanos = nanos;
                }
            }
            if (round >= 0) {
                full[round] = fullNanos / 1e6 / pages.size();
                text[round] = textNanos / 1e6 / pages.size();
                added[round] = (double) (fullNanos - textNanos) * 100 / textNanos;
            }
        }
        double[] sortedAdded = added.clone();
        Arrays.sort(sortedAdded);
        System.out.printf(Locale.ROOT, "Metadata cost, %d ScrapingHub pages, one thread, %s %s (checksum %d)%n",
                pages.size(), System.getProperty("java.vm.name"), System.getProperty("java.version"), sink % 1000);
        System.out.printf(Locale.ROOT, "main text only            %6.3f ms/page (median of %d rounds)%n", median(text), ROUNDS);
        System.out.printf(Locale.ROOT, "text + metadata + verdict %6.3f ms/page%n", median(full));
        System.out.printf(Locale.ROOT, "metadata and verdict add  %5.1f%% to extraction time", median(added));
        System.out.printf(Locale.ROOT, " (median of the rounds; range %.1f%% to %.1f%%)%n", sortedAdded[0], sortedAdded[ROUNDS - 1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private MetadataCost() {}
}
