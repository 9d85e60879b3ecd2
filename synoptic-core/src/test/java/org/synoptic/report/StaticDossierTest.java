package org.synoptic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;
import org.synoptic.model.Calendar;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;
import org.synoptic.model.Fact;
import org.synoptic.model.Mention;
import org.synoptic.model.Report;
import org.synoptic.model.Span;
import org.synoptic.model.Timex;

class StaticDossierTest {

    @TempDir
    Path dir;

    @Test
    void createsMissingDirectoriesAndReplacesEarlierFiles() throws IOException {
        Path target = dir.resolve("runs/first");
        Dossier.create().write(Fixtures.sample(), target);
        Dossier.create().write(Fixtures.empty(), target);
        assertTrue(new ObjectMapper().readTree(target.resolve("report.json").toFile()).get("articles").isEmpty());
        assertTrue(Files.readString(target.resolve("index.html")).contains("<strong>0</strong> articles"));
    }

    @Test
    void refusesADirectoryThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThrows(IOException.class, () -> Dossier.create().write(Fixtures.empty(), file));
    }

    @Test
    void refusesNulls() {
        assertThrows(IllegalArgumentException.class, () -> Dossier.create().write(null, dir));
        assertThrows(IllegalArgumentException.class, () -> Dossier.create().write(Fixtures.empty(), null));
    }

    @Test
    void tenThousandArticlesWriteQuickly() {
        Report large = large(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Dossier.create().write(large, dir));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
            assertEquals(10_000, page.select("article.article").size());
            assertEquals(10_000, page.select("#timeline tbody tr").size());
            assertEquals(10_000, new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("articles").size());
        });
    }

    /** Articles with a name, a date and a timeline sentence each; one entity mentioned everywhere. */
    private static Report large(int count) {
        List<Article> articles = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        String sentence = "The harbour authority in Port Amsel extended the curfew on Tuesday.";
        String text = sentence + "\n\nDock workers said the night shifts would pause for a week while the inquiry runs.\n\n"
                + "Ships already at anchor may unload in daylight.";
        int name = text.indexOf("Port Amsel");
        int date = text.indexOf("on Tuesday");
        for (int i = 0; i < count; i++) {
            String id = String.format("n%05d", i);
            articles.add(new Article(id, "feeds/" + id, "", "Curfew extended " + i, "Outlet " + (i % 37), "", "", "",
                    java.util.Optional.of(LocalDate.of(2024, 5, 1 + i % 28)), "en", text, "h" + i));
            mentions.add(new Mention(id, name, name + "Port Amsel".length(), "Port Amsel"));
            timexes.add(new Timex(id, date, date + "on Tuesday".length(), "on Tuesday", "2024-05-07", Calendar.GREGORIAN, true));
            facts.add(new Fact("2024-05-07", sentence, "s1", List.of(new Span(id, 0, sentence.length())), List.of()));
        }
        Entity port = new Entity("e1", EntityType.LOCATION, "Port Amsel", List.of("Port Amsel"), mentions);
        return new Report(articles, List.of(port), timexes, List.of(), List.of(), List.of(), facts, List.of());
    }
}
