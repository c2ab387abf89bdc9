package radar.actor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.RadarConfig;

/**
 * The known actors and their aliases: the bundled {@code actors.json} plus, if configured, a
 * user file ({@code radar.actors.file}) whose entries are added or replace bundled ones by id.
 */
@ApplicationScoped
public class ActorRegistry {

    record RegistryFile(List<Actor> actors) {}

    /** One alias, compiled to a whole-word, case-insensitive pattern. */
    record Alias(String text, Pattern pattern, Actor actor) {}

    private final Map<String, Actor> byId = new LinkedHashMap<>();
    /** Longest alias first, so "Kremlin spokesperson" wins over "Kremlin". */
    private final List<Alias> aliases = new ArrayList<>();

    @Inject
    public ActorRegistry(RadarConfig config) {
        this(config.actors().file());
    }

    public ActorRegistry(Optional<Path> userFile) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream bundled = ActorRegistry.class.getResourceAsStream("/actors.json")) {
            json.readValue(bundled, RegistryFile.class).actors().forEach(a -> byId.put(a.id(), a));
            if (userFile.isPresent()) {
                Path file = userFile.get();
                if (!Files.isReadable(file)) throw new IOException("actor registry " + file.toAbsolutePath() + " is not readable");
                List<Actor> extra = json.readValue(file.toFile(), RegistryFile.class).actors();
                extra.forEach(a -> byId.put(a.id(), a));
                Logger.getLogger(ActorRegistry.class).infof("Actor registry: %d actors from %s added to the bundled ones", extra.size(), file.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor registry: " + e.getMessage(), e);
        }
        for (Actor actor : byId.values()) {
            for (String alias : actor.aliases()) {
                aliases.add(new Alias(alias, wholeWords(alias), actor));
            }
            // A person's office names them too: "the President of the United States".
            String office = actor.role() == null ? null : "the " + actor.role();
            if (Actor.PERSON.equals(actor.kind()) && office != null && actor.aliases().stream().noneMatch(office::equalsIgnoreCase)) {
                aliases.add(new Alias(office, wholeWords(office), actor));
            }
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
    }

    /** Every registry alias found in the text, longest match first where they overlap. */
    public List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        String normalised = normaliseApostrophes(text);
        for (Alias alias : aliases) {
            Matcher m = alias.pattern().matcher(normalised);
            while (m.find()) {
                int start = m.start(), end = m.end();
                boolean overlaps = found.stream().anyMatch(f -> start < f.end() && end > f.start());
                if (!overlaps) found.add(new Mention(alias.actor(), text.substring(start, end), start, end));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The actor whose claims this one makes: the Kremlin for its spokesperson, else itself. */
    public Actor principal(Actor actor) {
        return actor.speaksFor() == null ? actor : byId.getOrDefault(actor.speaksFor(), actor);
    }

    /**
     * The country or side an actor ultimately belongs to, following affiliations upwards; a
     * country of the registry is its own side. Empty for actors the registry does not know.
     */
    public Optional<Actor> side(Actor actor) {
        if ("country".equals(actor.kind()) && byId.containsKey(actor.id())) return Optional.of(actor);
        Actor current = actor;
        for (int depth = 0; depth < 5 && current.affiliation() != null; depth++) {
            Actor parent = byId.get(current.affiliation());
            if (parent == null) break;
            current = parent;
        }
        return current == actor ? Optional.empty() : Optional.of(current);
    }

    static String normaliseApostrophes(String text) {
        return text.replace('’', '\'').replace('‘', '\'');
    }

    private static Pattern wholeWords(String alias) {
        String quoted = Pattern.quote(normaliseApostrophes(alias));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
