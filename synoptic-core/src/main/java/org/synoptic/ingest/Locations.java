package org.synoptic.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Resolves one location as the user wrote it: {@code -}, an existing file or directory, or a glob
 * pattern. A name that exists is taken literally even when it contains glob characters.
 */
final class Locations {

    static final String STDIN = "-";

    /** Deepest directory level a walk descends to; deeper files are left out. */
    static final int MAX_DEPTH = 64;

    private Locations() {}

    static Iterator<Target> expand(String location) {
        if (location.equals(STDIN)) {
            return List.<Target>of(new Target.Stdin()).iterator();
        }
        if (location.isBlank()) {
            return refused(location, Reasons.NO_SUCH_FILE);
        }
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            return refused(location, "invalid path: " + Reasons.oneLine(e.getReason()));
        }
        if (Files.isDirectory(path)) {
            return new Walk(path, relative -> true, MAX_DEPTH, new Target.Refused(location, Reasons.NO_FILES));
        }
        if (Files.exists(path)) {
            if (!Files.isReadable(path)) {
                return refused(location, Reasons.PERMISSION_DENIED);
            }
            return List.<Target>of(new Target.File(path, location)).iterator();
        }
        if (isGlob(location)) {
            return glob(location);
        }
        return refused(location, Reasons.NO_SUCH_FILE);
    }

    private static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /**
     * Walks the directory before the first segment with a glob character, matching the rest of
     * the pattern against paths relative to it; without {@code **} the walk stops at the
     * pattern's own depth.
     */
    private static Iterator<Target> glob(String location) {
        String[] segments = location.split("/", -1);
        int first = 0;
        while (first < segments.length && !isGlob(segments[first])) {
            first++;
        }
        String prefix = String.join("/", List.of(segments).subList(0, first));
        if (prefix.isEmpty() && location.startsWith("/")) {
            prefix = "/";
        }
        String pattern = String.join("/", List.of(segments).subList(first, segments.length));
        Path root;
        try {
            root = Path.of(prefix);
        } catch (InvalidPathException e) {
            return refused(location, "invalid path: " + Reasons.oneLine(e.getReason()));
        }
        int depth = pattern.contains("**") ? MAX_DEPTH : segments.length - first;
        Target none = new Target.Refused(location, Reasons.NO_MATCH);
        if (!Files.isDirectory(root)) {
            return List.<Target>of(none).iterator();
        }
        try {
            return new Walk(root, matcher(pattern), depth, none);
        } catch (IllegalArgumentException e) {
            return refused(location, "invalid glob pattern: " + Reasons.oneLine(e.getMessage()));
        }
    }

    /** Java's {@code **}{@code /} needs at least one directory; as in shells, it may also be none. */
    private static Predicate<Path> matcher(String pattern) {
        PathMatcher full = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!pattern.startsWith("**/")) {
            return full::matches;
        }
        PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3));
        return relative -> full.matches(relative) || top.matches(relative);
    }

    private static Iterator<Target> refused(String location, String reason) {
        return List.<Target>of(new Target.Refused(location, reason)).iterator();
    }
}
