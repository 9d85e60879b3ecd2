package org.synoptic.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.synoptic.Pipeline;
import org.synoptic.model.Article;
import org.synoptic.model.Input;
import org.synoptic.report.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the main text and metadata of each input, without storing anything.",
            "One record per article: id, source, url, title, outlet, author, authors, license, dateline,",
            "published, published_time, modified, modified_time, language, completeness,",
            "published_evidence, evidence and text (the README documents each)."})
final class ExtractCommand extends CliCommand implements Callable<Integer> {

    enum Format { jsonl, json, text, markdown }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, globs, or - for stdin.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default), json, text or markdown.")
    Format format;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + Pipeline.DEFAULT_MAX_BYTES,
            description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--url-map", paramLabel = "FILE",
            description = "Lines 'file name<TAB>URL': the address each saved page was fetched from.")
    java.nio.file.Path urlMap;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = pipeline(maxBytes);
        PrintWriter out = out();
        PrintWriter err = err();
        ObjectMapper json = new ObjectMapper();
        UrlMap urls = urlMap == null ? UrlMap.EMPTY : UrlMap.read(urlMap);
        int failures = 0;
        boolean first = true;
        if (format == Format.json) {
            out.print("[");
        }
        try (Stream<Input> inputs = pipeline.read(paths)) {
            for (Input input : (Iterable<Input>) inputs::iterator) {
                Input.Failure failure = switch (input) {
                    case Input.Failure f -> f;
                    case Input.Document d -> switch (pipeline.extract(urls.apply(d))) {
                        case Pipeline.Extracted.Empty e -> e.failure();
                        case Pipeline.Extracted.Found found -> {
                            print(found.article(), out, json, first);
                            first = false;
                            yield null;
                        }
                    };
                };
                if (failure != null) {
                    failures++;
                    err.println("synoptic: " + failure.message());
                }
            }
        }
        if (format == Format.json) {
            out.println(first ? "]" : "\n]");
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private void print(Article a, PrintWriter out, ObjectMapper json, boolean first) throws IOException {
        switch (format) {
            case jsonl -> out.println(record(a, json, false));
            case json -> out.print((first ? "\n" : ",\n") + record(a, json, true));
            case text -> out.print((first ? "" : "\n\f\n") + (a.title().isEmpty() ? "" : a.title() + "\n\n") + a.text() + "\n");
            case markdown -> out.print((first ? "" : "\n---\n\n") + markdown(a));
        }
    }

    private static String record(Article a, ObjectMapper json, boolean pretty) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = json.createGenerator(buffer)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            ArticleJson.fields(g, a);
            g.writeEndObject();
        }
        return buffer.toString();
    }

    private static String markdown(Article a) {
        StringBuilder md = new StringBuilder();
        if (!a.title().isEmpty()) {
            md.append("# ").append(a.title()).append("\n\n");
        }
        List<String> meta = Stream.of(a.outlet(), a.author(), a.published().map(LocalDate::toString).orElse(""), a.url())
                .filter(s -> !s.isEmpty()).toList();
        if (!meta.isEmpty()) {
            md.append('*').append(String.join(" · ", meta)).append("*\n\n");
        }
        md.append(a.text()).append('\n');
        if (!a.license().isEmpty()) {
            md.append("\nLicence: ").append(a.license()).append('\n');
        }
        return md.toString();
    }
}
