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
 * content hash every article gets as its id whatever else is read), on the
 * 181 ScrapingHub pages held in memory, one thread, rounds interleaved after a warm-up as in
 * {@code ExtractionThroughput}. It lives in the extractor's package because the text-only path is
 * not part of the public API.
 *
 * <p>Run: {@code ./synoptic bench metadata}.
 */
public final class MetadataCost {

    private static final int WARMUP_ROUNDS = 3;
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
        long sink = 0;
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                ScrapingHub.Page page = pages.get(i);
                sink += whole.extract(new Input.Document(page.key(), ContentType.HTML, html.get(i), Hints.NONE.withUrl(page.url())))
                        .text().length();
            }
            long middle = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                String mainText = HtmlExtractor.textOnly(html.get(i), Hints.NONE.withUrl(pages.get(i).url()));
                sink += Hashing.sha256(mainText).length();
            }
            long end = System.nanoTime();
            if (round >= 0) {
                full[round] = (middle - start) / 1e6 / pages.size();
                text[round] = (end - middle) / 1e6 / pages.size();
            }
        }
        double fullMs = median(full);
        double textMs = median(text);
        System.out.printf(Locale.ROOT, "Metadata cost, %d ScrapingHub pages, one thread, %s %s (checksum %d)%n",
                pages.size(), System.getProperty("java.vm.name"), System.getProperty("java.version"), sink % 1000);
        System.out.printf(Locale.ROOT, "main text only            %6.3f ms/page (median of %d rounds)%n", textMs, ROUNDS);
        System.out.printf(Locale.ROOT, "text + metadata + verdict %6.3f ms/page%n", fullMs);
        System.out.printf(Locale.ROOT, "metadata and verdict add  %5.1f%% to extraction time%n", (fullMs - textMs) * 100 / textMs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private MetadataCost() {}
}
