package org.synoptic.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/data} beside the checkout, from wherever the tests run. */
final class SharedData {

    private SharedData() {}

    static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return Path.of("../shared/data").resolve(relative);
    }
}
