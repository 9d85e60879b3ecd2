package org.synoptic.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A lazy depth-first walk yielding the regular files under a root whose relative path matches,
 * each directory's entries in name order, so the whole walk is in a stable sorted order. Only
 * one directory listing per level is held, never the whole tree. Hidden entries (names starting
 * with '.') are skipped; symbolic links to directories are not followed, so a walk cannot loop.
 * Yields {@code none} once when nothing matched.
 */
final class Walk implements Iterator<Target> {

    private final Path root;
    private final Predicate<Path> matches;
    private final int maxDepth;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    private Optional<Target> none;
    private Optional<Target> pending = Optional.empty();

    Walk(Path root, Predicate<Path> matches, int maxDepth, Target none) {
        this.root = root;
        this.matches = matches;
        this.maxDepth = maxDepth;
        this.none = Optional.of(none);
        enter(root);
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && !levels.isEmpty()) {
            Iterator<Path> level = levels.peek();
            if (!level.hasNext()) {
                levels.pop();
                continue;
            }
            visit(level.next());
        }
        if (pending.isEmpty() && none.isPresent()) {
            pending = none;
            none = Optional.empty();
        }
        return pending.isPresent();
    }

    @Override
    public Target next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Target target = pending.orElseThrow();
        pending = Optional.empty();
        return target;
    }

    private void visit(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            if (levels.size() < maxDepth) {
                enter(path);
            }
        } else if (Files.isRegularFile(path) && matches.test(root.relativize(path))) {
            none = Optional.empty();
            pending = Optional.of(Files.isReadable(path)
                    ? new Target.File(path, path.toString())
                    : new Target.Refused(path.toString(), Reasons.PERMISSION_DENIED));
        }
    }

    private void enter(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> sorted = entries
                    .filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .toList();
            levels.push(sorted.iterator());
        } catch (IOException e) {
            refuse(directory, e);
        } catch (UncheckedIOException e) {
            refuse(directory, e.getCause());
        }
    }

    private void refuse(Path directory, IOException e) {
        none = Optional.empty();
        pending = Optional.of(new Target.Refused(directory.toString(), Reasons.of(e)));
    }
}
