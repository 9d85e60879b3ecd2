package org.synoptic.quotes;

final class PunctuationQuoteFinder implements QuoteFinder {

    @Override
    public java.util.List<org.synoptic.model.Quote> find(org.synoptic.model.Article article, java.util.List<org.synoptic.model.Entity> entities) {
        throw new UnsupportedOperationException("not yet written");
    }
}
