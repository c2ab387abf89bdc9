package radar.actor;

import java.util.List;

/**
 * Someone who can assert a statement: a person, an institution, a country, an outlet.
 *
 * @param id stable key, e.g. {@code kremlin}; discovered actors get a slug of their name
 * @param name canonical name, e.g. {@code Kremlin}
 * @param kind person, institution, country, outlet or group
 * @param role what the actor is, e.g. "Kremlin spokesperson"; may be null
 * @param affiliation id of the actor this one belongs to (person → institution → country), or null
 * @param speaksFor id of the actor whose statements this one makes (a spokesperson speaks for
 *     their institution), or null when it speaks for itself
 * @param aliases the ways it is written in news text
 */
public record Actor(String id, String name, String kind, String role, String affiliation, String speaksFor, List<String> aliases) {

    public static final String PERSON = "person";
    public static final String INSTITUTION = "institution";
    public static final String OUTLET = "outlet";
    public static final String GROUP = "group";

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isPerson() {
        return PERSON.equals(kind);
    }
}
