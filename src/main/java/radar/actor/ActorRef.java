package radar.actor;

/** An actor as later stages compare it: who, what kind (an outlet's own narration is "outlet"), and its side if known. */
public record ActorRef(String id, String kind, String side) {

    public boolean isOutlet() {
        return Actor.OUTLET.equals(kind);
    }

    /** Both on one known side: the Kremlin and Russia, Zelenskyy and Ukraine. */
    public boolean sameSide(ActorRef other) {
        return side != null && side.equals(other.side);
    }
}
