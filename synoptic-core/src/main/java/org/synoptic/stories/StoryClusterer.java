package org.synoptic.stories;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/** The stories stage: groups articles into stories, and each story's reports into events. */
public interface StoryClusterer {

    List<Story> cluster(List<Article> articles, List<Entity> entities, List<Timex> timexes);

    static StoryClusterer create() {
        return new IncrementalStoryClusterer();
    }
}
