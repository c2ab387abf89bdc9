package radar.statement;

import radar.actor.Actor;
import radar.sentence.Sentence;

/**
 * A claim found in an article: who asserts what, in which sentence.
 *
 * @param sentence the sentence it comes from, verbatim
 * @param text the proposition without its reporting frame ("Russia had halted its attacks ..."
 *     rather than "The Kremlin responded by insisting that Russia had halted ...")
 * @param actor who asserts it; the article's source when no one is quoted
 * @param actorAsWritten the words naming the actor in the article ("Kremlin spokesperson Dmitry
 *     Peskov", "he"), or the source's name
 * @param polarity whether the actor asserts the proposition or denies it ("India denied that its
 *     jets were shot down": the text is "its jets were shot down", the polarity DENIES)
 */
public record Claim(Sentence sentence, String text, Actor actor, String actorAsWritten, Polarity polarity) {}
