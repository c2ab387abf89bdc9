package radar.statement;

import radar.actor.Actor;

/**
 * Who asserts a claim.
 *
 * @param actor the actor the claim is filed under (the Kremlin for its spokesperson)
 * @param asWritten the words the article uses for the speaker
 * @param person whether the speaker is a person, so that "he" or "she" can point back to them
 */
record Speaker(Actor actor, String asWritten, boolean person) {}
