package radar.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorRegistryTest {

    final ActorRegistry registry = new ActorRegistry(Optional.empty());

    @Test
    void aPersonIsNamedByTheirOfficeToo() {
        List<Mention> found = registry.mentions("with the president of the United States proclaiming victory");
        assertEquals(1, found.size(), found.toString());
        assertEquals("trump", found.get(0).actor().id());
        assertEquals("the president of the United States", found.get(0).asWritten());
    }

    @Test
    void eachOfficeNamesItsHolder() {
        List<String> ids = registry.mentions("the President of Russia called the President of Finland").stream().map(m -> m.actor().id()).toList();
        assertEquals(List.of("putin", "stubb"), ids);
    }
}
