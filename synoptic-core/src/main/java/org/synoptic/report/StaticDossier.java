package org.synoptic.report;

final class StaticDossier implements Dossier {

    @Override
    public void write(org.synoptic.model.Report report, java.nio.file.Path directory) {
        throw new UnsupportedOperationException("not yet written");
    }
}
