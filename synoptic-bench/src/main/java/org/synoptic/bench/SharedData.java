package org.synoptic.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/data} (the benchmark sets, outside the project) beside the checkout: the
 * first ancestor of the working directory that has {@code shared/data/<relative>}.
 */
public final class SharedData {

    private SharedData() {}

    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return Path.of("../shared/data").resolve(relative);
    }
}
