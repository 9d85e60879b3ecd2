package org.synoptic.reuse;

final class ShingleReuseDetector implements ReuseDetector {

    @Override
    public java.util.List<org.synoptic.model.Reuse> detect(java.util.List<org.synoptic.model.Article> articles) {
        throw new UnsupportedOperationException("not yet written");
    }
}
