package org.synoptic.timeline;

import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.model.Entity;
import org.synoptic.model.Fact;
import org.synoptic.model.Reuse;
import org.synoptic.model.Story;
import org.synoptic.model.Timex;

/**
 * The timeline stage: dated statements from every story's articles, merged when several
 * sources report the same thing, with disagreements between them flagged.
 */
public interface TimelineBuilder {

    /**
     * Facts sorted by date, then statement. Entities let two spellings of one name count as the
     * same word; reuse tells copies from independent sources.
     */
    List<Fact> build(List<Story> stories, List<Article> articles, List<Entity> entities, List<Timex> timexes, List<Reuse> reuse);

    static TimelineBuilder create() {
        return new SentenceTimelineBuilder();
    }
}
