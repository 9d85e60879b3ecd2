package org.synoptic.time;

final class RuleTimeTagger implements TimeTagger {

    @Override
    public java.util.List<org.synoptic.model.Timex> tag(org.synoptic.model.Article article) {
        throw new UnsupportedOperationException("not yet written");
    }
}
