package app.loadwise.checkin;

/**
 * An athlete's answers for today: sleep (hours and quality), the Hooper items fatigue, soreness, stress and mood
 * (1–7, 7 = worst), morning resting HR and HRV, pain (0–10, where, sharp or dull) and a note. Every answer is optional,
 * but at least one is needed.
 */
public record CheckInRequest(Double sleepHours, Integer sleepQuality, Integer fatigue, Integer soreness, Integer stress,
                             Integer mood, Integer restingHr, Double hrvMs, Integer painScore, String painLocation,
                             String painKind, String note) {
}
