package radar.actor;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The actor behind claims no one is quoted for: the article's source (outlet). */
public final class SourceActors {

    private SourceActors() {}

    public static Actor of(String source, String url) {
        String name = source != null && !source.isBlank() ? source.strip() : host(url);
        if (name == null) name = "unattributed report";
        return new Actor("source-" + ActorRegistry.slug(name), name, Actor.OUTLET, "news outlet", null, null, List.of());
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
