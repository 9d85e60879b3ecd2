package org.synoptic.report;

import java.io.IOException;
import java.nio.file.Path;
import org.synoptic.model.Report;

/**
 * The report stage: writes a run's {@link Report} to a directory as {@code report.json} (the
 * documented contract) and {@code index.html} (a self-contained static dossier).
 */
public interface Dossier {

    void write(Report report, Path directory) throws IOException;

    static Dossier create() {
        return new StaticDossier();
    }
}
