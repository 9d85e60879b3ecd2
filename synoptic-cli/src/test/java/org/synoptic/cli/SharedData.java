package org.synoptic.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared benchmark folder beside the checkout, wherever the tests run from. */
final class SharedData {

    private SharedData() {}

    /** {@code ../shared/<relative>} of the first ancestor of the working directory that has one. */
    static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return Path.of("../shared").resolve(relative);
    }
}
