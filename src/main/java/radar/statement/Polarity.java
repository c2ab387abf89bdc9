package radar.statement;

/**
 * Whether a speaker asserts a proposition, denies it ("India denied that its jets were shot
 * down"), asks it ("“Will the plant reopen?” the mayor asked") or commits to or calls for an act
 * ("the ministry vowed not to close the port", "refused to sell the land"). A question and an
 * intention are who-said-what like any statement, but claim nothing that is true or false now:
 * they are never paired.
 */
public enum Polarity {
    ASSERTS, DENIES, ASKS, INTENDS;

    /** Whether the statement claims something that another can contradict. */
    public boolean paired() {
        return this == ASSERTS || this == DENIES;
    }
}
