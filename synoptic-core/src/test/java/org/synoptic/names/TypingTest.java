package org.synoptic.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synoptic.names.Articles.article;
import static org.synoptic.names.Fixtures.resolve;
import static org.synoptic.names.Fixtures.withVariant;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Entity;
import org.synoptic.model.EntityType;

class TypingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Governor Pell Arvane opened the bridge.                 | Pell Arvane        | PERSON",
        "The report named Nurlan Tokbay as the author.           | Nurlan Tokbay      | PERSON",
        "After the vote Dorrit Quell said nothing.               | Dorrit Quell       | PERSON",
        "The report came from the Volga Institute yesterday.     | Volga Institute    | ORGANIZATION",
        "The Caspian Shipping Company denied it.                 | Caspian Shipping Company | ORGANIZATION",
        "Both sides cited NATO in the draft.                     | NATO               | ORGANIZATION",
        "The delegation stayed in Karvelia for two days.         | Karvelia           | LOCATION",
        "The delegation left Kazakhstan for two days.            | Kazakhstan         | LOCATION",
        "The ship crossed the Strait of Hormuz at dawn.          | Strait of Hormuz   | LOCATION",
        "The talks ran past the Zephyr Prize ceremony.           | Zephyr Prize       | MISC",
        "The figure is high, according to Zorvan Pelit.          | Zorvan Pelit       | MISC",
    })
    void typesFollowTheFirstRuleThatFires(String text, String name, EntityType type) {
        List<Entity> entities = resolve(article("a", text));
        assertEquals(type, withVariant(entities, name).type(), Fixtures.names(entities).toString());
    }
}
