package org.synoptic.stories;

final class IncrementalStoryClusterer implements StoryClusterer {

    @Override
    public java.util.List<org.synoptic.model.Story> cluster(java.util.List<org.synoptic.model.Article> articles, java.util.List<org.synoptic.model.Entity> entities, java.util.List<org.synoptic.model.Timex> timexes) {
        throw new UnsupportedOperationException("not yet written");
    }
}
