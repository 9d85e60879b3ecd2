package org.synoptic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.synoptic.Pipeline;
import org.synoptic.model.Article;
import org.synoptic.model.Input;
import org.synoptic.model.Report;
import org.synoptic.model.Story;

/** Runs the analysis stages over articles, writes the dossier and prints where it is. */
final class Analysis {

    private Analysis() {}

    static Report writeDossier(Pipeline pipeline, List<Article> articles, List<Input.Failure> failures, Path out,
                               PrintWriter stdout) throws IOException {
        Report report = pipeline.analyse(articles, failures);
        pipeline.write(report, out);
        Path dir = out.toAbsolutePath().normalize();
        int events = report.stories().stream().mapToInt(s -> s.events().size()).sum();
        long contradictions = report.timeline().stream().mapToLong(f -> f.contradictions().size()).sum();
        stdout.println("Dossier: " + dir.resolve("index.html"));
        stdout.println("JSON:    " + dir.resolve("report.json"));
        stdout.println(report.articles().size() + " articles, " + report.stories().size() + " stories, " + events
                + " events, " + report.entities().size() + " entities, " + report.timeline().size()
                + " timeline facts, " + contradictions + " contradictions, " + report.reuse().size() + " reuse links");
        for (Story story : report.stories()) {
            stdout.println("  story " + story.id() + ": " + story.articles().size() + " articles, "
                    + story.events().size() + " events - " + story.title());
        }
        return report;
    }
}
