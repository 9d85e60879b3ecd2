package org.synoptic.extract;

import java.util.List;
import java.util.Random;

/** Texts made of given pieces, for tests that hold a shortcut to the pattern or reading it stands in for. */
final class RandomTexts {

    private RandomTexts() {}

    /** One to {@code maxPieces} pieces, each followed by a space or not. */
    static String of(Random random, List<String> pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(maxPieces);
        for (int p = 0; p < count; p++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
