package org.synoptic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.synoptic.model.Article;
import org.synoptic.model.Report;

/**
 * Every input that once crashed a stage is kept under {@code src/test/resources/regressions/<stage>/}
 * (our own text reproducing the shape of the original) and replayed through the whole analysis.
 */
class RegressionsTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(RegressionsTest.class.getResource("/regressions").toURI());
        return Files.walk(root).filter(Files::isRegularFile).sorted();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void analysisCompletes(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Article article = Fixtures.article(file.getFileName().toString(), "", text, "2024-10-15");
        Report report = assertDoesNotThrow(() -> Pipeline.builder().build().analyse(List.of(article), List.of()));
        assertEquals(1, report.articles().size());
    }
}
