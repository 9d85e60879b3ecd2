package org.synoptic.extract;

final class DomExtractor implements Extractor {

    DomExtractor(java.time.Clock clock) {}

    @Override
    public org.synoptic.model.Article extract(org.synoptic.model.Input.Document document) {
        throw new UnsupportedOperationException("not yet written");
    }
}
