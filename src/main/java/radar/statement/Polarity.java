package radar.statement;

/** Whether a speaker asserts a proposition or denies it ("India denied that its jets were shot down"). */
public enum Polarity {
    ASSERTS, DENIES
}
