package org.synoptic.timeline;

final class SentenceTimelineBuilder implements TimelineBuilder {

    @Override
    public java.util.List<org.synoptic.model.Fact> build(java.util.List<org.synoptic.model.Story> stories, java.util.List<org.synoptic.model.Article> articles, java.util.List<org.synoptic.model.Timex> timexes, java.util.List<org.synoptic.model.Reuse> reuse) {
        throw new UnsupportedOperationException("not yet written");
    }
}
