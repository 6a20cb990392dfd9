package app.loadwise.traininglog.importing.internal;

import java.util.List;

/** The columns of the downloadable Loadwise template; the import recognises sheets that carry exactly these. */
public final class TemplateLayout {

    public static final String SESSIONS_SHEET = "Sessions";
    public static final String WELLNESS_SHEET = "Wellness";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /** A coach's plan: read by the plan upload (POST /clubs/{clubId}/plan-imports), never by the session import. */
    public static final String PLAN_SHEET = "Plan";

    public static final List<String> SESSION_HEADERS = List.of("Member ID", "Date", "Start time", "Type", "Moving (min)",
            "Elapsed (min)", "Distance (km)", "RPE (0-10)", "Avg HR", "Max HR", "Warm-up (min)", "Pain location",
            "Pain score (0-10)", "Notes");

    public static final List<String> WELLNESS_HEADERS = List.of("Member ID", "Date", "Sleep (h)", "Sleep quality (1-7)",
            "Resting HR", "HRV (ms)", "Fatigue (1-7)", "Stress (1-7)", "Mood (1-7)", "Soreness (1-7)", "Pain note");

    public static final List<String> PLAN_HEADERS = List.of("Member ID", "Date", "Type", "Planned (min)", "Intended RPE (0-10)",
            "Distance (km)", "Note");

    private TemplateLayout() {
    }
}
