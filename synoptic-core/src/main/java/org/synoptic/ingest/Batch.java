package org.synoptic.ingest;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.synoptic.model.Input;

/**
 * The inputs of a whole batch, pulled in order: location by location, file by file, item by
 * item. At most one file is open at a time; it is closed when its last item has been taken or
 * when the batch is closed.
 */
final class Batch implements Iterator<Input>, AutoCloseable {

    private final Iterator<String> locations;
    private final Opener opener;
    private Iterator<Target> targets = Collections.emptyIterator();
    private Cursor current = Cursor.NONE;
    private Optional<Input> pending = Optional.empty();

    Batch(List<String> locations, Opener opener) {
        this.locations = List.copyOf(locations).iterator();
        this.opener = opener;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty()) {
            pending = current.next();
            if (pending.isPresent()) {
                break;
            }
            current.close();
            if (targets.hasNext()) {
                current = opener.open(targets.next());
            } else if (locations.hasNext()) {
                targets = Locations.expand(locations.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input input = pending.orElseThrow();
        pending = Optional.empty();
        return input;
    }

    @Override
    public void close() {
        current.close();
    }
}
