package org.synoptic.ingest;

final class FileIngester implements Ingester {

    FileIngester(long maxBytes, java.io.InputStream stdin) {}

    @Override
    public java.util.stream.Stream<org.synoptic.model.Input> read(java.util.List<String> locations) {
        throw new UnsupportedOperationException("not yet written");
    }
}
