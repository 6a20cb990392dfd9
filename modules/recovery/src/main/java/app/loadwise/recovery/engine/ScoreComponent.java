package app.loadwise.recovery.engine;

/** One line of the score's explanation: where the points came from ({@code source}) and how many (negative). */
public record ScoreComponent(String source, int points, String explanation) {
}
