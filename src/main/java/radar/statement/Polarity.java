package radar.statement;

/**
 * Whether a speaker asserts a proposition, denies it ("India denied that its jets were shot
 * down") or asks it ("“Will the plant reopen?” the mayor asked"). A question is who-said-what
 * like any statement, but claims nothing: it is never paired.
 */
public enum Polarity {
    ASSERTS, DENIES, ASKS
}
