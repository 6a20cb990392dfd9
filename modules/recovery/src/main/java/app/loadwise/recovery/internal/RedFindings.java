package app.loadwise.recovery.internal;

import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.recovery.RedFinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The red findings of freshly written scores, as webhook events. */
public final class RedFindings {

    private RedFindings() {
    }

    public static List<RedFinding> of(Collection<WeeklyScore> scores) {
        List<RedFinding> red = new ArrayList<>();
        for (WeeklyScore score : scores) {
            for (StoredFinding finding : score.findings()) {
                if ("red".equals(finding.severity())) {
                    red.add(new RedFinding(score.clubId(), score.athleteId(), score.week(), finding.ruleId(), finding.severity(),
                            score.isProvisional(), finding.message(), finding.advice()));
                }
            }
        }
        return red;
    }
}
